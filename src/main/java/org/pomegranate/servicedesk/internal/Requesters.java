package org.pomegranate.servicedesk.internal;

import java.util.Optional;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.Role;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.registry.Place;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.Whereabouts;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.ServiceCategory;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Intake's first question, by who is asking: a resident signed in (their household, their
 * language), someone without an account (a name and a phone), or staff on a resident's behalf
 * (with the channel; the resident and household must be in their scope). Then where the request
 * goes.
 */
@Component
public class Requesters {

	private final Whereabouts whereabouts;
	private final RegistryManagement registry;
	private final Dispatcher dispatcher;

	Requesters(Whereabouts whereabouts, RegistryManagement registry, Dispatcher dispatcher) {
		this.whereabouts = whereabouts;
		this.registry = registry;
		this.dispatcher = dispatcher;
	}

	/** Who the request answers, how it came in, and where it is, by who is asking. */
	public Requester of(CurrentUser user, Intake in) {
		if (user == null) {
			return anonymous(in);
		}
		if (user.role() == Role.RESIDENT) {
			Place home = whereabouts.ofResident(user.residentId()).orElse(null);
			String language = home != null ? home.preferredLanguage() : languageOf(in);
			return new Requester(user.residentId(), home != null ? home.residentName() : user.displayName(), null,
					Channel.PORTAL, home != null && blank(in.address()) ? home : null, home, in.address(), language);
		}
		if (!user.can(Permission.HANDLE_REQUESTS)) {
			throw new ForbiddenException("cannot take in requests");
		}
		return onBehalf(in);
	}

	private Requester anonymous(Intake in) {
		if (blank(in.contactName()) || blank(in.contactPhone())) {
			throw new InvalidInputException(blank(in.contactName()) ? "contactName" : "contactPhone", "error.required");
		}
		return new Requester(null, in.contactName().strip(), in.contactPhone(), Channel.PORTAL, null,
				null, in.address(), languageOf(in));
	}

	/** Staff taking a request by phone, at the desk or on a visit: the resident and household must be theirs. */
	private Requester onBehalf(Intake in) {
		if (in.channel() == null || in.channel() == Channel.PORTAL) {
			throw new InvalidInputException("channel", "error.channel");
		}
		Place place = null;
		// ids in the body that are unknown or beyond the caller's scope are bad input there (400 naming the field)
		if (in.residentId() != null) {
			inBody("residentId", "error.unknownResident", () -> registry.requireResidentVisible(in.residentId()));
			place = whereabouts.ofResident(in.residentId())
				.orElseThrow(() -> new InvalidInputException("residentId", "error.resident.notActive"));
		}
		else if (in.householdId() != null) {
			inBody("householdId", "error.unknownHousehold", () -> registry.requireHouseholdVisible(in.householdId()));
			place = whereabouts.ofHousehold(in.householdId()).orElseThrow();
		}
		String name = !blank(in.contactName()) ? in.contactName().strip() : place != null ? place.residentName() : null;
		if (name == null) {
			throw new InvalidInputException("contactName", "error.required");
		}
		String language = place != null && place.preferredLanguage() != null ? place.preferredLanguage() : languageOf(in);
		return new Requester(in.residentId(), name, blank(in.contactPhone()) ? null : in.contactPhone(),
				in.channel(), blank(in.address()) ? place : null, place, in.address(), language);
	}

	/**
	 * Where it goes: the requester's household, else the address typed, else the household when the
	 * typed address is not in the register, else the community chosen (or the staff member's own),
	 * else the county office. A community named in the body must exist and, for staff, lie within
	 * the units they may hand work to ({@link Dispatcher#transferReach}).
	 */
	public Routing.Decision route(Requester requester, Intake in, CurrentUser user, ServiceCategory category) {
		// checked even when something else decides: an id in the body is never silently ignored
		UUID community = in.communityId() != null ? checkedCommunity(in.communityId(), user)
				: user != null && user.role().isStaff() ? user.orgUnitId() : null;
		if (requester.place() != null) {
			return dispatcher.route(requester.place().gridId(), Routing.Basis.HOUSEHOLD, category.responsibleLevel());
		}
		Optional<Place> byAddress = whereabouts.ofAddress(in.address());
		if (byAddress.isPresent()) {
			Place p = byAddress.get();
			return dispatcher.route(p.gridId() != null ? p.gridId() : p.communityId(), Routing.Basis.ADDRESS,
					category.responsibleLevel());
		}
		if (requester.home() != null) {
			return dispatcher.route(requester.home().gridId(), Routing.Basis.HOUSEHOLD, category.responsibleLevel());
		}
		return dispatcher.route(community, Routing.Basis.COMMUNITY, category.responsibleLevel());
	}

	private UUID checkedCommunity(UUID id, CurrentUser user) {
		boolean isCommunity = dispatcher.find(id).filter(u -> u.level() == OrgLevel.COMMUNITY).isPresent();
		boolean reachable = user == null || !user.role().isStaff() || dispatcher.transferReach(user).contains(id);
		if (!isCommunity || !reachable) {
			throw new InvalidInputException("communityId", "error.unknownCommunity");
		}
		return id;
	}

	private static void inBody(String field, String messageKey, Runnable scopeCheck) {
		try {
			scopeCheck.run();
		}
		catch (NotFoundException e) {
			throw new InvalidInputException(field, messageKey);
		}
	}

	private static String languageOf(Intake in) {
		return !blank(in.language()) ? in.language() : LocaleContextHolder.getLocale().getLanguage();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/**
	 * Who a request answers and how it came in.
	 *
	 * @param place where the request is when it is the requester's household; {@code null} when an
	 *              address (or nothing) says where
	 * @param home  the requester's household whatever was typed, to route by when the typed address is
	 *              not in the register; {@code null} without one
	 */
	public record Requester(UUID residentId, String contactName, String contactPhone, Channel channel, Place place,
			Place home, String typedAddress, String language) {

		public UUID householdId() {
			return place == null ? null : place.householdId();
		}

		public String address() {
			return place != null ? place.address() : blank(typedAddress) ? null : typedAddress.strip();
		}
	}
}
