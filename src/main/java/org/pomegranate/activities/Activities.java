package org.pomegranate.activities;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pomegranate.activities.internal.ActivityAccess;
import org.pomegranate.activities.internal.ActivityRepository;
import org.pomegranate.activities.internal.ActivityRules;
import org.pomegranate.activities.internal.NewActivity;
import org.pomegranate.activities.internal.AttendanceRepository;
import org.pomegranate.activities.internal.ReportRepository;
import org.pomegranate.facilities.ApprovedBooking;
import org.pomegranate.facilities.Facilities;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.Scope;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.servicedesk.AttachmentFile;
import org.pomegranate.servicedesk.PhotoCheck;
import org.pomegranate.servicedesk.Upload;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning activities and reading them: staff of the organiser roles plan within their scope; staff see
 * their scope's activities and the open ones, residents the open ones and those of their community.
 * After an activity its organisers write the report.
 */
@Service
@Transactional(readOnly = true)
public class Activities {

	/** The longest span one list may ask for. */
	static final int MAX_DAYS = 400;

	private final ActivityRepository activities;
	private final AttendanceRepository attendance;
	private final ReportRepository reports;
	private final ActivityAccess access;
	private final OrganizationManagement organization;
	private final Facilities facilities;
	private final Clock clock;

	Activities(ActivityRepository activities, AttendanceRepository attendance, ReportRepository reports,
			ActivityAccess access, OrganizationManagement organization, Facilities facilities, Clock clock) {
		this.facilities = facilities;
		this.activities = activities;
		this.attendance = attendance;
		this.reports = reports;
		this.access = access;
		this.organization = organization;
		this.clock = clock;
	}

	/** Plans an activity — organiser roles. Units must lie in the caller's scope; the audience must be a community. */
	@Transactional
	public UUID create(ActivityForm form) {
		CurrentUser user = access.require(ActivityAccess.ORGANISERS);
		Scope scope = access.scope();
		Instant now = clock.instant();
		ActivityRules.check(form, now);
		UUID organiser = form.organiserUnitId() != null ? form.organiserUnitId() : user.orgUnitId();
		if (!scope.contains(organiser)) {
			throw new InvalidInputException("organiserUnitId", "error.activity.organiser");
		}
		UUID audience = form.audienceCommunityId();
		if (audience != null) {
			boolean community = organization.find(audience).map(u -> u.level() == OrgLevel.COMMUNITY && !u.closed())
				.orElse(false);
			if (!community || !scope.contains(audience)) {
				throw new InvalidInputException("audienceCommunityId", "error.activity.audience");
			}
		}
		String venue = form.venueAddress() == null || form.venueAddress().isBlank() ? null : form.venueAddress().strip();
		if (form.venueBookingId() != null) {
			venue = bookedVenue(form, scope);
		}
		UUID id = UUID.randomUUID();
		String festival = form.festivalCode() == null || form.festivalCode().isBlank() ? null : form.festivalCode();
		activities.insert(new NewActivity(id, form.kind(), organiser, audience,
				audience != null ? audience : organiser, form.title(), form.description(), form.venueBookingId(),
				venue,
				form.startsAt().atZone(TimeConfiguration.DISPLAY_ZONE).toInstant(),
				form.endsAt().atZone(TimeConfiguration.DISPLAY_ZONE).toInstant(), form.capacity(), festival,
				form.coOrganisers().stream().map(c -> new CoOrganiser(c.name().strip(), c.type())).toList(),
				user.accountId(), now));
		return id;
	}

	/**
	 * The venue of an approved booking of a room in the caller's scope, within whose slot the activity
	 * lies: "facility · room · address", kept with the activity so it reads the same if the room is renamed.
	 */
	private String bookedVenue(ActivityForm form, Scope scope) {
		ApprovedBooking booking = facilities.approvedBooking(form.venueBookingId())
			.filter(b -> scope.contains(b.unitId()))
			.orElseThrow(() -> new InvalidInputException("venueBookingId", "error.activity.booking"));
		Instant start = form.startsAt().atZone(TimeConfiguration.DISPLAY_ZONE).toInstant();
		Instant end = form.endsAt().atZone(TimeConfiguration.DISPLAY_ZONE).toInstant();
		if (start.isBefore(booking.start()) || end.isAfter(booking.end())) {
			throw new InvalidInputException("venueBookingId", "error.activity.bookingSlot");
		}
		String venue = booking.facilityName() + " · " + booking.roomName()
				+ (booking.address() == null ? "" : " · " + booking.address());
		return venue.length() > ActivityRules.MAX_ADDRESS ? venue.substring(0, ActivityRules.MAX_ADDRESS) : venue;
	}

	public Activity get(UUID id) {
		return access.visible(id);
	}

	/**
	 * Activities starting between two days — inclusive, Asia/Shanghai in start order, {@code size} at a
	 * time after the activity {@code after}; {@code unitId} narrows to a unit's subtree — in the caller's scope.
	 */
	public List<Activity> list(LocalDate from, LocalDate to, UUID unitId, UUID after, int size) {
		if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new InvalidInputException("to", "error.activity.period");
		}
		CurrentUser user = access.user();
		Scope scope = access.scope();
		UUID[] within = null;
		if (unitId != null) {
			if (user.role() == Role.RESIDENT || !scope.contains(unitId)) {
				throw new NotFoundException("unit");
			}
			within = organization.subtree(unitId).toArray(UUID[]::new);
		}
		Instant afterStart = after == null ? null
				: activities.startOf(after).orElseThrow(() -> new InvalidInputException("after", "error.activity.cursor"));
		Instant start = from.atStartOfDay(TimeConfiguration.DISPLAY_ZONE).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(TimeConfiguration.DISPLAY_ZONE).toInstant();
		int limit = Math.max(1, Math.min(200, size));
		if (user.role() == Role.RESIDENT) {
			return activities.list(start, end, new UUID[0], true, access.communityOf(user).orElse(null), null,
					afterStart, after, limit);
		}
		return activities.list(start, end, scope.asArray(), true, null, within, afterStart, after, limit);
	}

	/** Cancels an activity — organiser roles in scope: nobody signs up or checks in after. */
	@Transactional
	public void cancel(UUID id) {
		access.require(ActivityAccess.ORGANISERS);
		Activity activity = access.lockedFor(id, true);
		if (activity.cancelled()) {
			throw new RuleViolationException("error.activity.cancelled");
		}
		activities.cancel(id, clock.instant());
	}

	/**
	 * Writes — or rewrites the report once the activity has ended: the summary from staff, the counts
	 * of participants and households reached from the check-ins at this moment.
	 */
	@Transactional
	public ActivityReport writeReport(UUID id, String summary) {
		return writeReport(id, summary, List.of());
	}

	/**
	 * The report with photos of the activity: the service desk's photo rules (three at most with those
	 * kept already, 5 MB each, JPEG or PNG, encoded afresh so no GPS position stays). A refused photo
	 * refuses the whole report, and nothing is written.
	 */
	@Transactional
	public ActivityReport writeReport(UUID id, String summary, List<Upload> photos) {
		CurrentUser user = access.require(ActivityAccess.ORGANISERS);
		Activity activity = access.lockedFor(id, true);
		if (!activity.isOver(clock.instant())) {
			throw new RuleViolationException("error.activity.notOver");
		}
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		if (summary == null || summary.isBlank()) {
			errors.put("summary", "error.required");
		}
		else if (org.pomegranate.shared.web.ControlCharacters.present(summary)) {
			errors.put("summary", org.pomegranate.shared.web.ControlCharacters.MESSAGE);
		}
		else if (summary.length() > ActivityRules.MAX_DESCRIPTION) {
			errors.put("summary", "error.tooLong");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		List<AttachmentFile> files = PhotoCheck.check(photos, reports.photoCount(id));
		reports.write(id, summary.strip(), attendance.participants(id), attendance.households(id), user.accountId(),
				clock.instant());
		for (AttachmentFile file : files) {
			reports.addPhoto(UUID.randomUUID(), id, file.contentType(), file.content(), user.accountId(), clock.instant());
		}
		return reports.find(id).orElseThrow();
	}

	/** The report, if written. */
	public java.util.Optional<ActivityReport> report(UUID id) {
		access.visible(id);
		return reports.find(id);
	}

	/** A photo of the report: its type and bytes, for whoever may see the activity. */
	public Object[] photo(UUID id, UUID photoId) {
		access.visible(id);
		return reports.photo(id, photoId).orElseThrow(() -> new NotFoundException("photo"));
	}

	/** Units the caller may organise for: her own unit's subtree, communities and above. */
	public List<OrgUnit> organiserUnits() {
		CurrentUser user = access.require(ActivityAccess.ORGANISERS);
		Scope scope = access.scope();
		return organization.subtree(user.orgUnitId()).stream().map(organization::find).flatMap(java.util.Optional::stream)
			.filter(u -> u.level() != OrgLevel.GRID && !u.closed() && scope.contains(u.id()))
			.sorted(java.util.Comparator.comparing(OrgUnit::path)).toList();
	}
}
