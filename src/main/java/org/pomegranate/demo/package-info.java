/**
 * Loads a synthetic Haixi demo (real divisions, invented communities, people and accounts) into an empty database.
 */
package org.pomegranate.demo;
