package org.pomegranate.heritage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.pomegranate.heritage.HeritageModel.Category;
import org.pomegranate.heritage.HeritageModel.Inheritor;
import org.pomegranate.heritage.HeritageModel.InheritorForm;
import org.pomegranate.heritage.HeritageModel.Level;
import org.pomegranate.heritage.HeritageModel.Outreach;
import org.pomegranate.heritage.HeritageModel.OutreachForm;
import org.pomegranate.heritage.HeritageModel.Project;
import org.pomegranate.heritage.HeritageModel.ProjectForm;
import org.pomegranate.heritage.HeritageModel.Site;
import org.pomegranate.heritage.HeritageModel.SiteForm;
import org.pomegranate.heritage.HeritageModel.SiteKind;
import org.pomegranate.heritage.internal.HeritageRepository;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.Scope;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.registry.Slice;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.pomegranate.shared.web.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The heritage register and the cultural sites. Staff read the records of their scope and of the
 * units above it (a community sees the prefecture's projects); community staff and heads, street,
 * county and prefecture officers (the culture offices) keep the records of their own scope.
 */
@Service
@Transactional
public class Heritage {

	private static final Set<Role> KEEPERS = Set.of(Role.COMMUNITY_STAFF, Role.COMMUNITY_HEAD, Role.STREET_OFFICER,
			Role.COUNTY_OFFICER, Role.PREFECTURE_OFFICER);
	private static final int MAX_PAGE = 100;

	private final HeritageRepository heritage;
	private final IdentityManagement identity;
	private final OrganizationManagement organization;
	private final Clock clock;

	Heritage(HeritageRepository heritage, IdentityManagement identity, OrganizationManagement organization,
			Clock clock) {
		this.heritage = heritage;
		this.identity = identity;
		this.organization = organization;
		this.clock = clock;
	}

	// ---- projects -------------------------------------------------------------------------------

	/** A project of a region in the keeper's scope; the same name twice in a region is 409. */
	public UUID createProject(ProjectForm form) {
		Scope scope = keeper();
		String name = TextInput.required("name", form.name(), 100);
		Category category = TextInput.present("category", form.category());
		Level level = TextInput.present("level", form.level());
		inScope("regionId", form.regionId(), scope);
		String description = TextInput.required("description", form.description(), 2000);
		List<String> media = new ArrayList<>();
		for (String link : form.media() == null ? List.<String>of() : form.media()) {
			String clean = TextInput.optional("media", link, 300);
			if (clean == null) {
				continue;
			}
			if (!clean.matches("https?://\\S+")) {
				throw new InvalidInputException("media", "error.heritage.media");
			}
			media.add(clean);
		}
		if (media.size() > 10) {
			throw new InvalidInputException("media", "error.heritage.media");
		}
		UUID id = UUID.randomUUID();
		try {
			heritage.insertProject(id, name, category, level, form.regionId(), description, media, clock.instant());
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			throw new RuleViolationException("error.heritage.duplicate");
		}
		return id;
	}

	@Transactional(readOnly = true)
	public Project project(UUID id) {
		return heritage.project(id, visible()).orElseThrow(() -> new NotFoundException("project"));
	}

	@Transactional(readOnly = true)
	public Slice<Project> projects(Category category, Level level, String name, UUID after, int size) {
		String filter = TextInput.optional("name", name, 100);
		return page(limit -> heritage.projects(visible(), category, level, filter, after, limit), size, Project::id);
	}

	// ---- inheritors and outreach ----------------------------------------------------------------

	/** An inheritor (传承人) of a project the keeper keeps. */
	public UUID addInheritor(InheritorForm form) {
		Scope scope = keeper();
		Project project = kept("projectId", form.projectId(), scope);
		String name = TextInput.required("name", form.name(), 50);
		Level level = TextInput.present("level", form.level());
		UUID id = UUID.randomUUID();
		heritage.insertInheritor(id, project.id(), name, level, clock.instant());
		return id;
	}

	@Transactional(readOnly = true)
	public Slice<Inheritor> inheritors(UUID projectId, Level level, UUID after, int size) {
		return page(limit -> heritage.inheritors(visible(), projectId, level, after, limit), size, Inheritor::id);
	}

	/** An outreach activity into homes or schools; up to a year ahead (planned) or in the past. */
	public UUID addOutreach(UUID projectId, OutreachForm form) {
		Scope scope = keeper();
		Project project = heritage.project(projectId, scope.asArray())
			.orElseThrow(() -> new NotFoundException("project"));
		TextInput.present("kind", form.kind());
		LocalDate on = TextInput.present("heldOn", form.heldOn());
		if (on.isAfter(LocalDate.now(clock.withZone(TimeConfiguration.DISPLAY_ZONE)).plusYears(1))) {
			throw new InvalidInputException("heldOn", "error.heritage.heldOn");
		}
		String place = TextInput.required("place", form.place(), 100);
		int audience = TextInput.present("audience", form.audience());
		if (audience < 0 || audience > 100_000) {
			throw new InvalidInputException("audience", "error.heritage.audience");
		}
		String note = TextInput.optional("note", form.note(), 500);
		UUID id = UUID.randomUUID();
		heritage.insertOutreach(id, project.id(), form, place, note, clock.instant());
		return id;
	}

	@Transactional(readOnly = true)
	public List<Outreach> outreach(UUID projectId) {
		project(projectId);
		return heritage.outreach(projectId);
	}

	// ---- cultural sites -------------------------------------------------------------------------

	/** A cultural site of a unit in the keeper's scope; the same name twice in a unit is 409. */
	public UUID createSite(SiteForm form) {
		Scope scope = keeper();
		TextInput.present("kind", form.kind());
		String name = TextInput.required("name", form.name(), 100);
		inScope("unitId", form.unitId(), scope);
		String address = TextInput.required("address", form.address(), 200);
		String offers = TextInput.required("offers", form.offers(), 500);
		String hours = TextInput.required("openingHours", form.openingHours(), 100);
		String description = TextInput.required("description", form.description(), 1000);
		UUID id = UUID.randomUUID();
		try {
			heritage.insertSite(id, form, name, address, offers, hours, description, clock.instant());
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			throw new RuleViolationException("error.heritage.duplicate");
		}
		return id;
	}

	@Transactional(readOnly = true)
	public Site site(UUID id) {
		return heritage.site(id, visible()).orElseThrow(() -> new NotFoundException("site"));
	}

	@Transactional(readOnly = true)
	public Slice<Site> sites(SiteKind kind, UUID after, int size) {
		return page(limit -> heritage.sites(visible(), kind, after, limit), size, Site::id);
	}

	// ---- access ---------------------------------------------------------------------------------

	/** The caller's scope and every unit above it. */
	private UUID[] visible() {
		Scope scope = identity.scopeOf(identity.require(Permission.VIEW_ORGANIZATION));
		Set<UUID> units = new HashSet<>(scope.unitIds());
		if (scope.root() != null) {
			organization.lineage(scope.root()).stream().map(OrgUnit::id).forEach(units::add);
		}
		return units.toArray(UUID[]::new);
	}

	private Scope keeper() {
		CurrentUser user = identity.require(Permission.VIEW_ORGANIZATION);
		if (!KEEPERS.contains(user.role())) {
			throw new ForbiddenException("keeping heritage records");
		}
		return identity.scopeOf(user);
	}

	private static void inScope(String field, UUID unit, Scope scope) {
		if (unit == null || !scope.contains(unit)) {
			throw new InvalidInputException(field, "error.safety.units");
		}
	}

	private Project kept(String field, UUID projectId, Scope scope) {
		TextInput.present(field, projectId);
		return heritage.project(projectId, scope.asArray())
			.orElseThrow(() -> new InvalidInputException(field, "error.heritage.unknownProject"));
	}

	private static <T> Slice<T> page(Function<Integer, List<T>> query, int size, Function<T, UUID> id) {
		int limit = Math.max(1, Math.min(MAX_PAGE, size));
		List<T> rows = query.apply(limit + 1);
		return rows.size() <= limit ? new Slice<>(rows, null)
				: new Slice<>(List.copyOf(rows.subList(0, limit)), id.apply(rows.get(limit - 1)));
	}
}
