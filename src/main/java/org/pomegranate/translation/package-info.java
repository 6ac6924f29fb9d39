/**
 * The interface in every language: the Tibetan and Mongolian texts of the message bundles are machine-drafted,
 * and reviewers from the community correct them on the translation page. Their corrections override the
 * bundles through the application's message source; the review state (machine-drafted, or reviewed by whom and
 * when) shows beside each text.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Translation review")
package org.pomegranate.translation;
