package org.pomegranate.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.ServiceDeskHistory;
import org.pomegranate.servicedesk.WorkerDesk;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The grid worker's phone in the demo: two emergencies waiting in the queue of {@code grid}
 * (扎西多杰, Kunlun Community, Grid 1), taken by the 12345 hotline through {@code staff}: a gas smell
 * 75 minutes ago, past its one-hour answer time (the first card, red), and a flooded basement
 * 20 minutes ago; his overdue general requests follow them. The flooded basement carries a note he
 * left on the way, as a draft sent from the phone would.
 */
@Component
class DemoWorkbench {

	private final ServiceDesk desk;
	private final ServiceCatalogue catalogue;
	private final ServiceDeskHistory history;
	private final WorkerDesk workerDesk;
	private final UserDetailsService users;

	DemoWorkbench(ServiceDesk desk, ServiceCatalogue catalogue, ServiceDeskHistory history, WorkerDesk workerDesk,
			UserDetailsService users) {
		this.desk = desk;
		this.catalogue = catalogue;
		this.history = history;
		this.workerDesk = workerDesk;
		this.users = users;
	}

	void load(List<DemoHome> homes, UUID designatedResident, Random random) {
		DemoHome designated = homes.stream().filter(h -> h.residentId().equals(designatedResident)).findFirst()
			.orElseThrow();
		List<DemoHome> gridOne = homes.stream()
			.filter(h -> h.community() == designated.community() && h.gridIndex() == 0 && h != designated)
			.toList();
		Instant now = Instant.now();
		DemoRequestTexts.Ask gas = DemoRequestTexts.EMERGENCY.get(0);
		DemoRequestTexts.Ask flood = DemoRequestTexts.EMERGENCY.get(1);
		DemoHome first = gridOne.get(random.nextInt(gridOne.size()));
		DemoHome second = gridOne.get(random.nextInt(gridOne.size()));
		history.at(now.minus(Duration.ofMinutes(75)), () -> as("staff", () -> intake(gas, first)));
		IntakeReceipt[] basement = new IntakeReceipt[1];
		history.at(now.minus(Duration.ofMinutes(20)), () -> basement[0] = as("staff", () -> intake(flood, second)));
		history.at(now.minus(Duration.ofMinutes(8)), () -> as("grid", () -> workerDesk.addNote(basement[0].id(),
				"已通知物业关总阀，我正赶往现场，约10分钟到", "demo-" + basement[0].number())));
	}

	private IntakeReceipt intake(DemoRequestTexts.Ask ask, DemoHome home) {
		return desk.intake(new Intake(catalogue.byCode(ask.category()).id(), ask.description(), ask.extra(),
				Channel.HOTLINE_12345, home.residentId(), null, null, null, null, null, null, null), null);
	}

	private <T> T as(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
