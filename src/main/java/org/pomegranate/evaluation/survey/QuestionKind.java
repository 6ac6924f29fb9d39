package org.pomegranate.evaluation.survey;

/** How a question is answered. */
public enum QuestionKind {
	/** One of the options. */
	SINGLE,
	/** Any number of the options. */
	MULTIPLE,
	/** 1 (very unhappy) to 5 (very happy). */
	SCALE,
	/** Free text, at most 500 characters; shown only when the survey has enough answers. */
	TEXT;

	public boolean hasOptions() {
		return this == SINGLE || this == MULTIPLE;
	}
}
