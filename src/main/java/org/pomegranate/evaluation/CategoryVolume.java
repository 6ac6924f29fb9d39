package org.pomegranate.evaluation;

/** Requests taken in during a month of one category and tier. */
public record CategoryVolume(String categoryCode, String tier, int count) {
}
