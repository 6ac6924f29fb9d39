package org.pomegranate.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every sealed value that is not yet under the current key version (older versions
 * and values from before key versions), while the application runs: small batches, each its own
 * short transaction, rows claimed with {@code FOR UPDATE SKIP LOCKED} so that a resident being
 * edited is left for the next pass instead of waiting. Safe to run on several instances at once
 * and to interrupt: what is rewritten is done, the rest stays readable with its old key.
 */
@Service
public class KeyRotation {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);
	private static final Pattern NAME = Pattern.compile("[a-z_]+");
	static final int BATCH = 200;
	private static final int PASSES = 5;

	private final JdbcClient jdbc;
	private final FieldCipher cipher;
	private final List<SealedColumns> tables;
	private final TransactionTemplate tx;

	KeyRotation(JdbcClient jdbc, FieldCipher cipher, List<SealedColumns> tables, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.tables = tables;
		this.tx = new TransactionTemplate(transactions);
	}

	/**
	 * What a rotation did: rows rewritten per table; values that failed their integrity check and
	 * were left as they are ({@code table.column id}, for the administrator to look into); and rows
	 * still on an older key (those, plus rows locked all along).
	 */
	public record Outcome(int keyVersion, Map<String, Integer> rewritten, List<String> unreadable, long remaining) {
	}

	/** Rewrites everything not under the current key; repeats a few passes for rows that were locked. */
	public Outcome rotate() {
		Map<String, Integer> rewritten = new LinkedHashMap<>();
		Set<String> unreadable = new LinkedHashSet<>();
		for (SealedColumns table : tables) {
			check(table);
			int total = 0;
			for (int pass = 0; pass < PASSES && remaining(table) > 0; pass++) {
				total += pass(table, unreadable);
			}
			rewritten.put(table.table(), total);
			log.info("Key rotation: {} rows of {} re-encrypted with key version {}", total, table.table(),
					cipher.currentVersion());
		}
		return new Outcome(cipher.currentVersion(), rewritten, List.copyOf(unreadable), remaining());
	}

	/** Rows holding a value under an older key (or none), over all sealed tables. */
	public long remaining() {
		return tables.stream().mapToLong(this::remaining).sum();
	}

	private long remaining(SealedColumns t) {
		return jdbc.sql("select count(*) from " + t.table() + " where " + stale(t)).query(Long.class).single();
	}

	/** One walk over the table in id order, batch by batch. */
	private int pass(SealedColumns t, Set<String> unreadable) {
		int done = 0;
		Object after = null;
		while (true) {
			Object from = after;
			Batch batch = tx.execute(s -> batch(t, from, unreadable));
			done += batch.rewritten();
			if (batch.last() == null) {
				return done;
			}
			after = batch.last();
		}
	}

	private record Batch(int rewritten, Object last) {
	}

	private Batch batch(SealedColumns t, Object after, Set<String> unreadable) {
		String columns = String.join(", ", t.columns());
		List<Object[]> rows = jdbc.sql("select id, " + columns + " from " + t.table() + " where (" + stale(t) + ")"
				+ (after == null ? "" : " and id > ?") + " order by id limit " + BATCH + " for update skip locked")
			.params(after == null ? List.of() : List.of(after))
			.query((rs, n) -> {
				Object[] row = new Object[t.columns().size() + 1];
				for (int i = 0; i < row.length; i++) {
					row[i] = rs.getObject(i + 1);
				}
				return row;
			})
			.list();
		String set = String.join(", ", t.columns().stream().map(c -> c + " = ?").toList());
		int rewritten = 0;
		for (Object[] row : rows) {
			List<Object> params = new ArrayList<>();
			for (int i = 0; i < t.columns().size(); i++) {
				String column = t.columns().get(i);
				try {
					params.add(cipher.reseal((String) row[i + 1], FieldCipher.at(t.table(), column, row[0])));
				}
				catch (FieldCipher.TamperedException e) {
					// a value that fails its check is evidence: keep it untouched and name it
					params.add(row[i + 1]);
					if (unreadable.add(t.table() + "." + column + " " + row[0])) {
						log.warn("Key rotation: {}.{} of row {} fails its integrity check; left as it is", t.table(),
								column, row[0]);
					}
				}
			}
			params.add(row[0]);
			rewritten++;
			// only the ciphertext changes: no version bump, an edit form open meanwhile stays valid
			jdbc.sql("update " + t.table() + " set " + set + " where id = ?").params(params).update();
		}
		return new Batch(rewritten, rows.isEmpty() ? null : rows.get(rows.size() - 1)[0]);
	}

	private String stale(SealedColumns t) {
		String current = "'v" + cipher.currentVersion() + ":%'";
		return String.join(" or ", t.columns().stream().map(c -> c + " not like " + current).toList());
	}

	private static void check(SealedColumns t) {
		// the names go into SQL: only plain identifiers declared in code
		if (!NAME.matcher(t.table()).matches() || !t.columns().stream().allMatch(c -> NAME.matcher(c).matches())) {
			throw new IllegalStateException("Not a plain table or column name: " + t.table() + " " + t.columns());
		}
	}
}
