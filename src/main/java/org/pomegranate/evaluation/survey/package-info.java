/**
 * Part of the evaluation module's API for the demo loader and later modules: the survey service and its records.
 */
@org.springframework.modulith.NamedInterface("survey")
package org.pomegranate.evaluation.survey;
