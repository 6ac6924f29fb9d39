/**
 * Small building blocks every module may use: web support (errors, paging, locale), the
 * embedded database. Open module: no business logic lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.pomegranate.shared;
