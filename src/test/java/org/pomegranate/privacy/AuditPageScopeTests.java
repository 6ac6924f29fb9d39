package org.pomegranate.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.WebSession;
import org.pomegranate.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A community head opens the audit log of their own community and sees only its entries (their staff's acts);
 * the administrator sees everything; a grid worker is refused. Subjects and field names are words of the
 * reader's language, never a raw key or a {@code ??…??} of a missing message.
 */
@IntegrationTest
class AuditPageScopeTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AuditLog audit;

	@LocalServerPort
	int port;

	@Test
	void aHeadReadsTheAuditOfTheirOwnCommunityOnly() {
		World mine = fixtures.world();
		World other = fixtures.world();
		act(mine.workerA(), "HX-mine-" + mine.suffix());
		act(other.workerA(), "HX-other-" + other.suffix());

		WebSession head = session(mine.head());
		HttpResponse<String> own = head.get("/admin/audit?actor=" + mine.workerA());
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("HX-mine-" + mine.suffix()).contains("联系电话")
			.doesNotContain("??").doesNotContain("SERVICE_REQUEST").doesNotContain(">contactPhone<");
		assertThat(head.get("/admin/audit?actor=" + other.workerA()).body()).doesNotContain("HX-other-" + other.suffix());

		String admin = fixtures.account("aud" + mine.suffix(), "审计员", Role.SYSTEM_ADMIN, null);
		HttpResponse<String> all = session(admin).get("/admin/audit?lang=bo&actor=" + other.workerA());
		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.body()).contains("HX-other-" + other.suffix()).contains("རེ་ཞུ།").doesNotContain("??");

		assertThat(session(mine.workerA()).get("/admin/audit").statusCode()).isEqualTo(403);
		assertThat(session(mine.officer()).get("/admin/audit").statusCode()).isEqualTo(403);
	}

	/** A worker revealed a request's contact phone: the entry the issue saw as "contactPhone". */
	private void act(String worker, String number) {
		fixtures.signIn(worker);
		try {
			fixtures.inTransaction(() -> {
				audit.record(AuditAction.REVEAL, "SERVICE_REQUEST", null, null, "contactPhone", number);
				return null;
			});
		}
		finally {
			TestFixtures.signOut();
		}
	}

	private WebSession session(String username) {
		WebSession session = new WebSession(port);
		assertThat(WebSession.signedIn(session.signIn(username, TestFixtures.PASSWORD))).as(username).isTrue();
		return session;
	}

}
