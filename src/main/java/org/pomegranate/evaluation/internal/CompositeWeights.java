package org.pomegranate.evaluation.internal;

import org.pomegranate.evaluation.Counts;
import org.pomegranate.evaluation.Figures;
import org.pomegranate.evaluation.Rate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The weights of the composite score (DESIGN §4: 30 % response, 35 % resolution, 35 %
 * satisfaction), from {@code pomegranate.evaluation.weights.*}. Weights that do not sum to 100
 * stop the application at start: a score on wrong weights would be read as true.
 */
@Component
public class CompositeWeights {

	private final int response;
	private final int resolution;
	private final int satisfaction;

	public CompositeWeights(@Value("${pomegranate.evaluation.weights.response:30}") int response,
			@Value("${pomegranate.evaluation.weights.resolution:35}") int resolution,
			@Value("${pomegranate.evaluation.weights.satisfaction:35}") int satisfaction) {
		if (response < 0 || resolution < 0 || satisfaction < 0 || response + resolution + satisfaction != 100) {
			throw new IllegalStateException("pomegranate.evaluation.weights.* must be 0 or more and sum to 100, not "
					+ response + " + " + resolution + " + " + satisfaction);
		}
		this.response = response;
		this.resolution = resolution;
		this.satisfaction = satisfaction;
	}

	public Figures figures(int[] c) {
		Counts counts = Counts.of(c);
		Rate responseRate = Rate.of(counts.responseOnTime(), counts.responseDue());
		Rate resolutionRate = Rate.of(counts.ratedResolved(), counts.rated());
		Rate satisfactionRate = Rate.of(counts.ratedSatisfied() + counts.ratedBasically(), counts.rated());
		return new Figures(counts, responseRate, resolutionRate, Rate.of(counts.ratedPartly(), counts.rated()),
				satisfactionRate, Rate.of(counts.finalSatisfied() + counts.finalBasically(), counts.rated()),
				Rate.of(counts.resolvedOnTime(), counts.resolved()),
				composite(responseRate, resolutionRate, satisfactionRate));
	}

	/** Weighted over the rates that had a denominator, so a month with no ratings yet still scores its response. */
	Double composite(Rate responseRate, Rate resolutionRate, Rate satisfactionRate) {
		double sum = 0;
		int weights = 0;
		Rate[] rates = { responseRate, resolutionRate, satisfactionRate };
		int[] w = { response, resolution, satisfaction };
		for (int i = 0; i < rates.length; i++) {
			if (rates[i].percent() != null && w[i] > 0) {
				sum += w[i] * rates[i].numerator() * 100.0 / rates[i].denominator();
				weights += w[i];
			}
		}
		return weights == 0 ? null : Math.round(sum / weights * 10) / 10.0;
	}

	public int response() {
		return response;
	}

	public int resolution() {
		return resolution;
	}

	public int satisfaction() {
		return satisfaction;
	}
}
