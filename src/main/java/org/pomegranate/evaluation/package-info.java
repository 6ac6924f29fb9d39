/**
 * Evaluation (三率): the response, resolution, satisfaction and on-time rates of every unit and
 * worker per month, kept from the service desk's events, with the requests behind each figure and
 * the officers' dashboard.
 */
package org.pomegranate.evaluation;
