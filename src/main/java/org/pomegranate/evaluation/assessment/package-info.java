/**
 * Part of the evaluation module's API for the demo loader and later modules: the assessment service and its records.
 */
@org.springframework.modulith.NamedInterface("assessment")
package org.pomegranate.evaluation.assessment;
