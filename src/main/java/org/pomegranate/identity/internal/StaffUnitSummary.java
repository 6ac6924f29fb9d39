package org.pomegranate.identity.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.pomegranate.organization.OrgUnit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.pomegranate.organization.UnitSummary;
import org.pomegranate.organization.UnitSummaryContributor;
import org.springframework.stereotype.Component;

/** The staff of a unit, named with their role and languages, and the staff count of its subtree. */
@Component
class StaffUnitSummary implements UnitSummaryContributor {

	private final AccountRepository accounts;
	private final MessageSource messages;

	StaffUnitSummary(AccountRepository accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@Override
	public List<UnitSummary> summarize(OrgUnit unit, Set<UUID> subtree) {
		List<String> here = accounts.staffOf(unit.id()).stream()
			.map(s -> s.displayName() + " · " + text("role." + s.role().name()) + " · "
					+ s.languages().stream().map(l -> text("language." + l)).collect(Collectors.joining(" / ")))
			.toList();
		return List.of(new UnitSummary("unit.staff", accounts.countStaffIn(subtree.toArray(UUID[]::new)), here));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
