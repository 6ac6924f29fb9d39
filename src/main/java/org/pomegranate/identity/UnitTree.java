package org.pomegranate.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.shared.Names;

/**
 * What identity needs to know about the organisation tree to compute a scope. The organisation
 * module implements it, so the tree can use identity (who is signed in) without a cycle.
 */
public interface UnitTree {

	/** Ids of the unit and every unit below it; empty when the unit does not exist. */
	Set<UUID> subtree(UUID unitId);

	/** One open unit, or empty when there is none with this id or it is closed. */
	Optional<Unit> unit(UUID unitId);

	/** Every open unit, parents before their children, for choosing an account's unit. */
	List<Unit> units();

	/** @param depth 0 for the top of the tree */
	record Unit(UUID id, String code, String nameZh, String nameEn, String nameBo, String nameMn, int depth) {

		public Unit(UUID id, String code, String nameZh, String nameEn, int depth) {
			this(id, code, nameZh, nameEn, null, null, depth);
		}

		/** As every unit name is shown: the reader's language where given, Chinese otherwise. */
		public String name(Locale locale) {
			return Names.inLanguage(locale, nameZh, nameEn, nameBo, nameMn);
		}
	}
}
