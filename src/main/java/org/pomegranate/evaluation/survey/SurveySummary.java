package org.pomegranate.evaluation.survey;

import java.time.LocalDate;
import java.util.UUID;

/** One survey in a list. */
public record SurveySummary(UUID id, Texts title, LocalDate opensOn, LocalDate closesOn, Survey.Status status) {
}
