package org.pomegranate.evaluation.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.pomegranate.evaluation.CategoryVolume;
import org.pomegranate.evaluation.EvaluationManagement;
import org.pomegranate.evaluation.Figures;
import org.pomegranate.evaluation.MonthFigures;
import org.pomegranate.evaluation.RankedUnit;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.servicedesk.RequestCounts;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceCategory;
import org.springframework.stereotype.Component;

/**
 * What the dashboard, the printed report and the Excel export show about one unit (or one worker
 * of a grid) in one month: gathered once, drawn three ways.
 */
@Component
class Dashboard {

	/** One unit's (or worker's) month, with everything around it. */
	record View(OrgUnit unit, UUID workerId, String workerName, YearMonth month, Figures now, Figures last,
			List<MonthFigures> trend, List<RankedUnit> ranking, List<VolumeRow> volumes, Map<UUID, Integer> overdue,
			List<OrgUnit> lineage, int[] weights) {

		public String title(Locale locale) {
			return workerName != null ? workerName + " · " + unit.name(locale) : unit.name(locale);
		}
	}

	/** Requests taken in of one category, named in the reader's language. */
	record VolumeRow(String category, String tier, int count) {
	}

	private final EvaluationManagement evaluation;
	private final OrganizationManagement organization;
	private final IdentityManagement identity;
	private final ServiceCatalogue catalogue;
	private final RequestCounts requestCounts;

	Dashboard(EvaluationManagement evaluation, OrganizationManagement organization, IdentityManagement identity,
			ServiceCatalogue catalogue, RequestCounts requestCounts) {
		this.evaluation = evaluation;
		this.organization = organization;
		this.identity = identity;
		this.catalogue = catalogue;
		this.requestCounts = requestCounts;
	}

	View of(UUID unitId, UUID workerId, YearMonth month, Locale locale) {
		OrgUnit unit = evaluation.unitInScope(unitId);
		String workerName = workerId == null ? null : identity.staffAt(unit.id()).stream()
			.filter(s -> s.accountId().equals(workerId)).map(StaffMember::displayName).findFirst().orElse("—");
		List<MonthFigures> trend = evaluation.rates(unit.id(), workerId, month.minusMonths(11), month);
		List<RankedUnit> ranking = workerId == null ? evaluation.rankings(unit.id(), month) : List.of();
		Map<String, ServiceCategory> byCode = catalogue.all().stream()
			.collect(Collectors.toMap(ServiceCategory::code, c -> c, (a, b) -> a));
		List<VolumeRow> volumes = workerId == null ? evaluation.volumes(unit.id(), month).stream()
			.map(v -> volumeRow(v, byCode, locale)).toList() : List.of();
		Map<UUID, Integer> overdue = workerId == null
				? requestCounts.overdueNow(organization.children(unit.id()).stream().map(OrgUnit::id).toList()) : Map.of();
		CurrentUser user = identity.currentUser();
		// the way up stops at the caller's own unit: above it is outside their scope
		List<OrgUnit> lineage = organization.lineage(unit.id()).stream()
			.filter(u -> identity.scopeOf(user).contains(u.id())).toList();
		return new View(unit, workerId, workerName, month, trend.get(11).figures(), trend.get(10).figures(), trend,
				ranking, volumes, overdue, lineage, evaluation.weights());
	}

	private static VolumeRow volumeRow(CategoryVolume v, Map<String, ServiceCategory> byCode, Locale locale) {
		ServiceCategory c = byCode.get(v.categoryCode());
		return new VolumeRow(c == null ? v.categoryCode() : c.name().in(locale), v.tier(), v.count());
	}
}
