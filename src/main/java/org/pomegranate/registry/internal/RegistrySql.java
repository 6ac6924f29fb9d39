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

	/** Where a building stands, as an address begins: compound and building (aliases c, b). */
	static final String PLACE = "c.name || ' ' || b.name";
	/** The rest of an address after its place: unit and room (alias h). */
	static final String UNIT_AND_ROOM = " || '-' || h.unit_no || '-' || h.room";
	/** How an address reads: compound, building, unit and room (aliases c, b, h). */
	static final String ADDRESS = PLACE + UNIT_AND_ROOM;

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
