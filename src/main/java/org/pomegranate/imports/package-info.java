/**
 * Bringing an office's existing records in from Excel: templates, upload, a validation report
 * for every row, then an all-or-nothing or good-rows-only commit that survives a crash.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
package org.pomegranate.imports;
