package org.pomegranate.registry.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** SQL pieces and conversions both registry repositories use. */
final class RegistrySql {

	/** How an address reads: compound, building, unit and room (aliases c, b, h). */
	static final String ADDRESS = "c.name || ' ' || b.name || '-' || h.unit_no || '-' || h.room";

	private RegistrySql() {
	}

	static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
		Set<E> set = EnumSet.noneOf(type);
		if (array != null) {
			Arrays.stream((String[]) array.getArray()).forEach(v -> set.add(Enum.valueOf(type, v)));
		}
		return set;
	}

	static String[] names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toArray(String[]::new);
	}


	static Date sqlDate(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}
}
