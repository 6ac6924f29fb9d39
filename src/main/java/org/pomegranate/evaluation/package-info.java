@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package org.pomegranate.evaluation;
