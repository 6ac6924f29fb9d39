package org.pomegranate.organization.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.organization.HeadCounts;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.UnitSummary;
import org.pomegranate.organization.UnitSummaryContributor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The staff of a unit, named with their role and languages, and the staff count of its subtree (kept). */
@Component
class StaffUnitSummary implements UnitSummaryContributor {

	private final IdentityManagement identity;
	private final MessageSource messages;

	StaffUnitSummary(IdentityManagement identity, MessageSource messages) {
		this.identity = identity;
		this.messages = messages;
	}

	@Override
	public List<UnitSummary> summarize(OrgUnit unit, HeadCounts counts) {
		List<String> here = identity.staffOf(unit.id()).stream()
			.map(s -> s.displayName() + " · " + text("role." + s.role().name()) + " · "
					+ s.languages().stream().map(l -> text("language." + l)).collect(Collectors.joining(" / ")))
			.toList();
		return List.of(new UnitSummary("unit.staff", counts.staff(), here));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
