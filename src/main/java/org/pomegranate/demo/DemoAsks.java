package org.pomegranate.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.pomegranate.demo.DemoRequestTexts.Ask;
import org.pomegranate.registry.Language;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceCategory;

/**
 * What the demo's households ask for and how long the desk takes to answer: the choices and the pace
 * behind {@link DemoRequests}' stories. Draws from the demo's one seeded {@link Random}, so the same
 * seed gives the same requests.
 */
final class DemoAsks {

	private final ServiceCatalogue catalogue;
	private final DemoStaff staff;
	private final Random random;
	private final Map<String, ServiceCategory> categories = new HashMap<>();

	DemoAsks(ServiceCatalogue catalogue, DemoStaff staff, Random random) {
		this.catalogue = catalogue;
		this.staff = staff;
		this.random = random;
	}

	/** A response well past the deadline. */
	Duration lateResponse(Ask ask) {
		Duration response = category(ask).responseTime();
		return response.plus(fraction(response, 0.8)).plusMinutes(5);
	}

	/** What a household asks for: by who lives there, and only what someone nearby can answer. */
	Ask askFor(DemoHome home) {
		List<Ask> choices = new ArrayList<>(DemoRequestTexts.HOME);
		if (home.language() != Language.ZH) {
			choices.add(DemoRequestTexts.interpreter(home.language()));
			choices.add(DemoRequestTexts.interpreter(home.language()));
		}
		if (home.needsCare()) {
			choices.addAll(DemoRequestTexts.CARE);
			choices.addAll(DemoRequestTexts.CARE);
		}
		if (home.newcomer()) {
			choices.addAll(DemoRequestTexts.NEWCOMER);
			choices.addAll(DemoRequestTexts.NEWCOMER);
		}
		choices.addAll(DemoRequestTexts.WORK);
		if (random.nextInt(25) == 0) {
			choices = new ArrayList<>(DemoRequestTexts.EMERGENCY);
		}
		List<Ask> answerable = choices.stream()
			.filter(a -> staff.handler(home.community().plan(), home.gridIndex(), category(a).responsibleLevel()) != null)
			.toList();
		return answerable.get(random.nextInt(answerable.size()));
	}

	/** One of the requests the desk turns away (not its business), by its place in the list. */
	Ask rejected(int which) {
		return new Ask("NEIGHBOURHOOD", Map.of(), DemoRequestTexts.REJECTED_ASKS.get(which), null);
	}

	ServiceCategory category(Ask ask) {
		return categories.computeIfAbsent(ask.category(), catalogue::byCode);
	}

	/** Mostly well within the response time; one in twelve late. */
	Duration respondIn(Ask ask) {
		Duration response = category(ask).responseTime();
		return random.nextInt(12) == 0 ? lateResponse(ask) : fraction(response, 0.8).plusMinutes(5);
	}

	/**
	 * From submission to resolution, after a response that took {@code respond}: mostly in
	 * time, one in fifteen late.
	 */
	Duration resolveIn(Ask ask, Duration respond) {
		Duration resolve = resolveTime(ask);
		Duration room = resolve.minus(respond);
		return respond.plus(random.nextInt(15) == 0 ? room.plus(fraction(resolve, 0.4)).plusMinutes(30)
				: fraction(room, 0.9).plusMinutes(20));
	}

	Duration resolveTime(Ask ask) {
		return category(ask).resolveTime();
	}

	Duration fraction(Duration d, double upTo) {
		return Duration.ofMinutes((long) (d.toMinutes() * upTo * random.nextDouble()));
	}
}
