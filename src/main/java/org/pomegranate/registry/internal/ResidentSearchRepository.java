package org.pomegranate.registry.internal;

import static org.pomegranate.registry.internal.RegistrySql.ADDRESS;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.pomegranate.registry.ResidentSummary;
import org.pomegranate.shared.database.TransactionPlans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Staff searches over residents, within a scope (grid ids), in (name, id) order and paged by that
 * key. Parts of names and addresses are found through GIN indexes over their character bigrams
 * (see V165), each hit rechecked against the folded text. No statement counts everything that
 * matches: {@link #count} stops at the limit it is given.
 */
@Repository
public class ResidentSearchRepository {

	private final JdbcClient jdbc;
	private final ResidentRepository rows;
	private final TransactionPlans plans;

	ResidentSearchRepository(JdbcClient jdbc, ResidentRepository rows, TransactionPlans plans) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.plans = plans;
	}

	/**
	 * Typed text as the database compares it (NFKC, lower case) with the bigrams to look up: for a
	 * name those of {@code pomegranate_query_grams} (one character: the start of the name), for an
	 * address its plain bigrams (none for one character: then only the recheck applies).
	 */
	public Criteria criteria(String name, String phoneSuffixHash, String address, boolean includeEnded) {
		// the best plan depends on the name typed (frequent or rare) and the scope (a grid or the
		// prefecture): a generic plan, made once for any value, would serve most of them badly
		plans.perExecution();
		return jdbc.sql("select pomegranate_fold(?), pomegranate_query_grams(?), pomegranate_fold(?), pomegranate_bigrams(?)")
			.params(name, name, address, address)
			.query((rs, n) -> new Criteria(rs.getString(1), strings(rs.getArray(2)), phoneSuffixHash, rs.getString(3),
					strings(rs.getArray(4)), includeEnded))
			.single();
	}

	/**
	 * Up to {@code limit} residents in scope matching the criteria, after the cursor. The page's
	 * residents are first chosen reading only what the search indexes include (name, household,
	 * status, bigrams: see V165), then only they are read in full with their address.
	 */
	public List<ResidentSummary> page(UUID[] scope, Criteria criteria, ResidentCursor after, int limit) {
		Statement statement = indexed(scope, criteria, after, limit);
		return jdbc.sql(statement.sql()).params(statement.params()).query(rows::summary).list();
	}

	/** The statement with its parameters, so that the plan test can ask for its plan. */
	record Statement(String sql, List<Object> params) {
	}

	Statement indexed(UUID[] scope, Criteria criteria, ResidentCursor after, int limit) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = where(scope, criteria, params);
		if (after != null) {
			where.append(" and (r.name, r.id) > (?, ?)");
			params.add(after.name());
			params.add(after.id());
		}
		params.add(limit);
		String hits = "select r.id, r.name" + from(criteria) + where + " order by r.name, r.id limit ?";
		return new Statement("select r.id, r.name, r.gender, r.birth_date, r.phone_cipher, r.household_id, r.status, "
				+ ADDRESS + " as address from (" + hits + ") hit join resident r on r.id = hit.id"
				+ " join household h on h.id = r.household_id join building b on b.id = h.building_id"
				+ " join compound c on c.id = b.compound_id order by hit.name, hit.id", params);
	}

	/** How many match, counting no further than {@code limit} (0: all of them, for an exact count on demand). */
	public long count(UUID[] scope, Criteria criteria, long limit) {
		List<Object> params = new ArrayList<>();
		String matching = "select 1" + from(criteria) + where(scope, criteria, params);
		if (limit > 0) {
			params.add(limit);
			matching += " limit ?";
		}
		return jdbc.sql("select count(*) from (" + matching + ") m").params(params).query(Long.class).single();
	}

	/** What a search filters on: the compound only for an address, which holds its name. */
	private static String from(Criteria criteria) {
		return " from resident r join household h on h.id = r.household_id join building b on b.id = h.building_id"
				+ (criteria.address() == null ? "" : " join compound c on c.id = b.compound_id");
	}

	private static StringBuilder where(UUID[] scope, Criteria criteria, List<Object> params) {
		StringBuilder where = new StringBuilder(" where b.grid_id = any(?)");
		params.add(scope);
		if (!criteria.includeEnded()) {
			where.append(" and r.status = 'ACTIVE'");
		}
		if (criteria.name() != null) {
			where.append(" and r.name_grams @> ?::text[] and ").append(nameMatches("r.name", criteria));
			params.add(criteria.nameGrams());
			params.add(criteria.name());
		}
		if (criteria.phoneSuffixHash() != null) {
			where.append(" and r.phone_suffix_hash = ?");
			params.add(criteria.phoneSuffixHash());
		}
		if (criteria.address() != null) {
			if (criteria.addressGrams().length > 0) {
				where.append(" and h.address_grams @> ?::text[]");
				params.add(criteria.addressGrams());
			}
			where.append(" and strpos(pomegranate_fold(").append(ADDRESS).append("), ?) > 0");
			params.add(criteria.address());
		}
		return where;
	}

	/** The recheck of a bigram hit (its parameter: the folded name typed). */
	private static String nameMatches(String column, Criteria criteria) {
		return criteria.singleCharacter() ? "starts_with(pomegranate_fold(" + column + "), ?)"
				: "strpos(pomegranate_fold(" + column + "), ?) > 0";
	}

	private static String[] strings(java.sql.Array array) throws java.sql.SQLException {
		return array == null ? null : (String[]) array.getArray();
	}

	/**
	 * A search as the database compares it: the name and address folded ({@code null}: not searched
	 * for), with the bigrams an index hit must hold.
	 */
	public record Criteria(String name, String[] nameGrams, String phoneSuffixHash, String address,
			String[] addressGrams, boolean includeEnded) {

		/** A name or address that folds to nothing (only characters NFKC drops) finds no one. */
		public boolean matchesNothing() {
			return (name != null && name.isEmpty()) || (address != null && address.isEmpty());
		}

		boolean singleCharacter() {
			return name != null && name.codePointCount(0, name.length()) < 2;
		}
	}
}
