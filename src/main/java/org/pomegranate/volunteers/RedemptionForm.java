package org.pomegranate.volunteers;

import io.swagger.v3.oas.annotations.media.Schema;

/** Points spent on a recognition (a certificate, a small gift, a place at an outing): 1 to 10,000. */
public record RedemptionForm(@Schema(minimum = "1", maximum = "10000") Integer points,
		@Schema(maxLength = 100) String recognition) {
}
