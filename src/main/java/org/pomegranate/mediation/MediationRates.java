package org.pomegranate.mediation;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.mediation.internal.CaseRepository;
import org.pomegranate.mediation.internal.RateRollup;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resolution rate (化解率) of a unit per month against the 95 % target, read from the monthly
 * rollup: counts of cases, no one's data, for anyone who may browse the unit. A unit outside the
 * reader's scope answers 404.
 */
@Service
@Transactional(readOnly = true)
public class MediationRates {

	/** The longest span one call answers. */
	public static final int MAX_MONTHS = 36;

	private final RateRollup rollup;
	private final IdentityManagement identity;
	private final Clock clock;

	MediationRates(RateRollup rollup, IdentityManagement identity, Clock clock) {
		this.rollup = rollup;
		this.identity = identity;
		this.clock = clock;
	}

	/** This month in Asia/Shanghai. */
	public YearMonth thisMonth() {
		return YearMonth.from(clock.instant().atZone(CaseRepository.ZONE));
	}

	/**
	 * @param unitId {@code null}: the reader's own unit
	 */
	public List<MonthRate> rates(UUID unitId, YearMonth from, YearMonth to) {
		CurrentUser user = identity.require(Permission.VIEW_ORGANIZATION);
		UUID unit = unitId == null ? user.orgUnitId() : unitId;
		if (unit == null || !identity.scopeOf(user).contains(unit)) {
			throw new NotFoundException("unit");
		}
		if (from.isAfter(to)) {
			throw new InvalidInputException("from", "error.mediation.months");
		}
		if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
			throw new InvalidInputException("from", "error.mediation.months");
		}
		return rollup.months(unit, from, to);
	}

	/** The month's figure of a unit the caller has already checked (the unit page's card). */
	public MonthRate monthOf(UUID unitId, YearMonth month) {
		return rollup.months(unitId, month, month).get(0);
	}

	/** Parses {@code 2026-11}; a malformed month is a 400 naming the parameter. */
	public static YearMonth month(String field, String text, YearMonth fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException(field, "error.mediation.month");
		}
	}
}
