package org.pomegranate.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.integrity.Finding;
import org.pomegranate.integrity.Finding.Kind;
import org.pomegranate.integrity.IntegrityCheck;
import org.pomegranate.integrity.internal.DailyAnchors;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.DeskWorld.Resident;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Request timelines (with their ratings) and the audit log are hash chains: the database refuses
 * to change them, and someone who gets past that (a superuser switching triggers off) is named by
 * verify, entry by entry: edited, deleted, inserted, back-dated, a changed rating, a rewritten history.
 */
@IntegrationTest
class TimelineIntegrityTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ServiceDesk desk;

	@Autowired
	RequestHandling handling;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IntegrityCheck integrity;

	@Autowired
	DailyAnchors anchors;

	@Autowired
	PlatformTransactionManager transactions;

	DeskWorld w;
	Resident resident;

	@BeforeEach
	void setUp() {
		w = new DeskWorld(fixtures, registry, desk, catalogue, jdbc);
		resident = w.residentInGridA();
	}

	/** A request taken in, accepted, resolved and rated: six entries on its timeline. */
	private UUID ratedRequest() {
		UUID id = w.repair(resident, null).id();
		w.as(w.world.workerA(), () -> {
			handling.accept(id);
			handling.resolve(id, "已更换水管");
		});
		w.as(resident.login(), () -> handling.rate(id,
				new Rating(ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED, "谢谢", null)));
		assertThat(w.timelineKinds(id)).hasSize(6).endsWith("RATED");
		return id;
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteTimelineEntriesAndRatings() {
		UUID id = ratedRequest();
		assertThatThrownBy(() -> jdbc.sql("update service_request_event set note = 'x' where request_id = ?").param(id)
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from service_request_event where request_id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("update service_request set satisfaction_answer = 'UNSATISFIED' where id = ?")
			.param(id).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("never changed");
		assertThatThrownBy(() -> jdbc.sql("delete from service_request where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("never deleted");
		assertThat(chain(id)).hasSize(6);
		assertThat(findingsFor(id)).isEmpty();
	}

	/**
	 * A writer may chain its entries itself (the SLA clock does, a batch at a time); the database
	 * takes only an entry that continues the chain exactly as its own trigger would have.
	 */
	@Test
	void anEntryChainedByItsWriterMustContinueTheChain() {
		UUID id = ratedRequest();
		String next = """
				insert into service_request_event (request_id, occurred_at, actor_name, kind, note, chain_seq, prev_hash, hash)
				select request_id, now(), 'system', 'NOTE', 'x', chain_seq + ?, %s, %s
				from service_request_event where request_id = ? order by chain_seq desc limit 1""";
		String rightHash = "integrity_hash(hash, service_request_event_canonical_of(request_id, now(), null, 'system', "
				+ "null, 'NOTE', null, null, null, 'x'))";
		assertThatThrownBy(() -> jdbc.sql(next.formatted("hash", "'0'")).params(1, id).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("hash chain");
		assertThatThrownBy(() -> jdbc.sql(next.formatted("null", rightHash)).params(1, id).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("hash chain");
		assertThatThrownBy(() -> jdbc.sql(next.formatted("hash", rightHash)).params(2, id).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("hash chain");
		assertThat(chain(id)).hasSize(6);

		jdbc.sql(next.formatted("hash", rightHash)).params(1, id).update();
		assertThat(chain(id)).hasSize(7);
		assertThat(findingsFor(id)).isEmpty();
	}

	@Test
	void verifyNamesEveryEditedDeletedInsertedAndBackDatedEntry() {
		UUID edited = ratedRequest();
		UUID deleted = ratedRequest();
		UUID inserted = ratedRequest();
		UUID backdated = ratedRequest();
		UUID appendedEarly = ratedRequest();
		UUID rerated = ratedRequest();
		UUID untouched = ratedRequest();

		long editedEntry = chain(edited).get(3);
		asSuperuser("update service_request_event set note = '未处理' where id = ?", editedEntry);
		asSuperuser("delete from service_request_event where request_id = ? and chain_seq = 3", deleted);
		long forged = forgeThirdEntry(inserted);
		long backdatedEntry = chain(backdated).get(4);
		asSuperuser("update service_request_event set occurred_at = occurred_at - interval '3 days' where id = ?",
				backdatedEntry);
		// written through the trigger, so its hash is right; only its date gives it away
		jdbc.sql("""
				insert into service_request_event (request_id, occurred_at, actor_name, kind, note)
				values (?, now() - interval '2 days', 'system', 'NOTE', '补记')""").param(appendedEarly).update();
		long lateEntry = chain(appendedEarly).get(6);
		asSuperuser("update service_request set satisfaction_answer = 'UNSATISFIED' where id = ?", rerated);

		List<Finding> findings = integrity.verify().findings();

		assertThat(findingsFor(findings, edited)).singleElement().is(kind(Kind.EDITED, editedEntry));
		assertThat(findingsFor(findings, deleted)).extracting(Finding::kind, Finding::seq)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.DELETED, 3L));
		assertThat(findingsFor(findings, inserted)).singleElement().is(kind(Kind.INSERTED, forged));
		assertThat(findingsFor(findings, backdated)).singleElement().is(kind(Kind.BACKDATED, backdatedEntry));
		assertThat(findingsFor(findings, appendedEarly)).singleElement().is(kind(Kind.BACKDATED, lateEntry));
		assertThat(findingsFor(findings, rerated)).extracting(Finding::kind).containsExactly(Kind.RATING_EDITED);
		assertThat(findingsFor(findings, untouched)).isEmpty();
	}

	@Test
	void aChainRewrittenWithFreshHashesNoLongerMatchesItsSealedAnchor() {
		UUID id = ratedRequest();
		LocalDate today = jdbc.sql("select (submitted_at at time zone 'Asia/Shanghai')::date from service_request where id = ?")
			.param(id).query(LocalDate.class).single();
		// anchoring a day is claimed once; today's claim may exist from another test: anchor this chain directly
		jdbc.sql("delete from integrity_anchor_day where day = ?").param(today).update();
		anchors.anchor(today);
		assertThat(findingsFor(id)).isEmpty();

		// edit the third entry and recompute every hash after it, as someone who knows the canonical form would
		asSuperuser("update service_request_event set note = '改写' where request_id = ? and chain_seq = 3", id);
		for (int seq = 3; seq <= 6; seq++) {
			asSuperuser("""
					update service_request_event e set prev_hash = p.hash from service_request_event p
					where e.request_id = ? and e.chain_seq = ? and p.request_id = e.request_id and p.chain_seq = e.chain_seq - 1""",
					id, seq);
			asSuperuser("""
					update service_request_event e set hash = integrity_hash(e.prev_hash, service_request_event_canonical(e))
					where e.request_id = ? and e.chain_seq = ?""", id, seq);
		}
		assertThat(findingsFor(id)).extracting(Finding::kind).containsExactly(Kind.ANCHOR_BROKEN);

		// and the anchor cannot be re-made to fit: its seal needs a key the database does not have
		asSuperuser("update integrity_anchor set hash = (select hash from service_request_event where request_id = ? "
				+ "and chain_seq = integrity_anchor.seq) where chain = 'request:' || ?", id, id.toString());
		assertThat(findingsFor(id)).extracting(Finding::kind).containsExactly(Kind.ANCHOR_FORGED);
	}

	@Test
	void anEditedAuditEntryIsNamed() {
		UUID id = ratedRequest();
		long entry = jdbc.sql("select id from audit_entry where subject_id = ? and action = 'CREATE'").param(id)
			.query(Long.class).single();
		String chain = jdbc.sql("select 'audit-' || chain_id from audit_entry where id = ?").param(entry)
			.query(String.class).single();
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set detail = 'x' where id = ?").param(entry).update())
			.isInstanceOf(DataAccessException.class);
		asSuperuser("update audit_entry set actor_name = 'someone' where id = ?", entry);
		assertThat(integrity.verify().findings()).contains(new Finding(Kind.EDITED, chain, entry,
				jdbc.sql("select chain_seq from audit_entry where id = ?").param(entry).query(Long.class).single(),
				"entry " + entry + " no longer matches its hash"));
	}

	// ---- helpers ----------------------------------------------------------------------------------

	/** The entry ids of a request's chain, in chain order. */
	private List<Long> chain(UUID request) {
		return jdbc.sql("select id from service_request_event where request_id = ? order by chain_seq, id")
			.param(request).query(Long.class).list();
	}

	/**
	 * An entry made up and slipped in as the third, the later ones moved down a place, hashed as
	 * the database would: everything but the link of the entry after it looks right.
	 */
	private long forgeThirdEntry(UUID request) {
		return new TransactionTemplate(transactions).execute(tx -> {
			jdbc.sql("set local session_replication_role = replica").update();
			for (int seq = 6; seq >= 3; seq--) {
				jdbc.sql("update service_request_event set chain_seq = chain_seq + 1 where request_id = ? and chain_seq = ?")
					.params(request, seq).update();
			}
			long id = jdbc.sql("""
					insert into service_request_event (request_id, occurred_at, actor_name, kind, note, chain_seq, prev_hash, hash)
					select request_id, occurred_at, actor_name, 'NOTE', '居民已撤回', 3, hash, 'x'
					from service_request_event where request_id = ? and chain_seq = 2 returning id""")
				.param(request).query(Long.class).single();
			jdbc.sql("update service_request_event e set hash = integrity_hash(e.prev_hash, service_request_event_canonical(e)) "
					+ "where id = ?").param(id).update();
			return id;
		});
	}

	/** Triggers off, as a database superuser could: what verify is there to catch. */
	private void asSuperuser(String sql, Object... params) {
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql(sql).params(params).update();
		});
	}

	private List<Finding> findingsFor(UUID request) {
		return findingsFor(integrity.verify().findings(), request);
	}

	private List<Finding> findingsFor(List<Finding> findings, UUID request) {
		String number = jdbc.sql("select number from service_request where id = ?").param(request).query(String.class)
			.single();
		return findings.stream().filter(f -> f.chain().equals(number)).toList();
	}

	private static org.assertj.core.api.Condition<Finding> kind(Kind kind, long entry) {
		return new org.assertj.core.api.Condition<>(f -> f.kind() == kind && f.entryId() == entry, kind + " " + entry);
	}
}
