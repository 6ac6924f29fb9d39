package org.pomegranate.privacy;

/**
 * Why a masked phone or ID number is shown in full: one of a fixed list, so that residents and
 * auditors read the same words in their own language, plus a note in the staff member's words.
 */
public enum RevealPurpose {
	/** To contact the resident about one of her service requests. */
	CONTACT_ABOUT_REQUEST,
	/** To arrange or make a home visit. */
	HOME_VISIT,
	/** To verify her identity for a service she applied for. */
	SERVICE_VERIFICATION,
	/** Risk to life or property. */
	EMERGENCY,
	/** Anything else: the note must say what. */
	OTHER
}
