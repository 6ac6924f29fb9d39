package org.pomegranate.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that tests can move time instead of waiting for it. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	/** Times are stored as instants and shown in the community's own zone. */
	public static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

	/** The system time; a thread importing past work may see the time it imports ({@link ApplicationClock}). */
	@Bean
	Clock clock() {
		return new ApplicationClock(Clock.system(DISPLAY_ZONE));
	}
}
