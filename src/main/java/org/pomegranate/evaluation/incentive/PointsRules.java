package org.pomegranate.evaluation.incentive;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many points each rule gives (deductions negative), configurable as
 * {@code pomegranate.evaluation.points.*}. A line keeps the amount of its day.
 */
@ConfigurationProperties("pomegranate.evaluation.points")
public record PointsRules(Integer onTimeResolution, Integer satisfiedRating, Integer revisitTurnedAround,
		Integer escalation, Integer unsatisfiedRating) {

	public PointsRules {
		onTimeResolution = onTimeResolution == null ? 2 : onTimeResolution;
		satisfiedRating = satisfiedRating == null ? 3 : satisfiedRating;
		revisitTurnedAround = revisitTurnedAround == null ? 2 : revisitTurnedAround;
		escalation = escalation == null ? -2 : escalation;
		unsatisfiedRating = unsatisfiedRating == null ? -3 : unsatisfiedRating;
	}

	public int pointsOf(PointsRule rule) {
		return switch (rule) {
			case ON_TIME_RESOLUTION -> onTimeResolution;
			case SATISFIED_RATING -> satisfiedRating;
			case REVISIT_TURNED_AROUND -> revisitTurnedAround;
			case ESCALATION -> escalation;
			case UNSATISFIED_RATING -> unsatisfiedRating;
		};
	}
}
