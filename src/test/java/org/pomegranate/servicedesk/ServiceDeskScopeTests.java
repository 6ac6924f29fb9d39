package org.pomegranate.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.DeskWorld.Resident;
import org.pomegranate.servicedesk.internal.AttachmentPolicy;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Grid B's worker and other residents meet grid A's request exactly as if it did not exist. */
@IntegrationTest
class ServiceDeskScopeTests {

	static final byte[] JPEG = org.pomegranate.TestImages.jpeg();

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ServiceDesk desk;

	@Autowired
	RequestHandling handling;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	RegistryManagement registry;

	@Autowired
	JdbcClient jdbc;

	DeskWorld w;
	World world;
	Resident resident;
	IntakeReceipt requestA;
	UUID attachmentA;

	@BeforeEach
	void requestInGridA() {
		w = new DeskWorld(fixtures, registry, desk, catalogue, jdbc);
		world = w.world;
		resident = w.residentInGridA();
		requestA = w.as(resident.login(), () -> desk.intake(w.portal("HOUSING_REPAIR", "窗户关不上",
				Map.of("part", "window")).withAttachments(List.of(new org.pomegranate.servicedesk.Upload("窗户.jpg",
						JPEG))), null));
		attachmentA = w.as(world.workerA(), () -> desk.request(requestA.id())).attachments().get(0).id();
		assertThat(AttachmentPolicy.MAX_FILES).isPositive();
	}

	@Test
	void gridBsWorkerFindsNothingThroughAnyMethod() {
		IntakeReceipt requestB = w.as(world.workerB(), () -> desk.intake(new Intake(w.category("NEIGHBOURHOOD"),
				"楼道堆放杂物", Map.of(), Channel.WALK_IN, null, null, null, null, "李四", null, null, null), null));
		String before = snapshot();
		UUID id = requestA.id();
		String b = world.workerB();
		notFound(b, () -> desk.request(id));
		notFound(b, () -> desk.likelyDuplicates(id));
		notFound(b, () -> desk.attachment(id, attachmentA));
		notFound(b, () -> run(() -> handling.accept(id)));
		notFound(b, () -> run(() -> handling.start(id)));
		notFound(b, () -> run(() -> handling.resolve(id, "done")));
		notFound(b, () -> run(() -> handling.transfer(id, world.gridB().id(), "mine now")));
		notFound(b, () -> run(() -> handling.merge(id, requestB.id())));
		// the other request named in the body: out of scope is bad input there (400 naming intoId)
		assertThatThrownBy(() -> w.as(b, () -> run(() -> handling.merge(requestB.id(), id))))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("intoId"));
		notFound(b, () -> run(() -> handling.reject(id, "去别处")));
		notFound(b, () -> run(() -> handling.rate(id,
				new Rating(ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED, null, null))));
		notFound(b, () -> handling.revealContactPhone(id, TestFixtures.why("核实联系方式，回电诉求人")));
		assertThat(w.as(b, () -> desk.queue(QueueFilter.openInScope(), null, 200, false)).items()).extracting(RequestSummary::id)
			.doesNotContain(id).contains(requestB.id());
		assertThat(snapshot()).isEqualTo(before);

		// the worker of grid A does see it, and the community head above both grids too
		assertThat(w.as(world.workerA(), () -> desk.queue(QueueFilter.myOpenRequests(), null, 200, false)).items())
			.extracting(RequestSummary::id).contains(id);
		assertThat(w.as(world.head(), () -> desk.request(id)).id()).isEqualTo(id);
	}

	@Test
	void aRevisitOfAnotherCommunityIsNotFound() {
		w.as(world.workerA(), () -> {
			handling.accept(requestA.id());
			handling.resolve(requestA.id(), "已修好");
		});
		w.as(resident.login(), () -> handling.rate(requestA.id(),
				new Rating(ResolutionAnswer.NOT_RESOLVED, SatisfactionAnswer.UNSATISFIED, null, null)));
		UUID revisit = w.as(world.head(), () -> desk.revisits(200)).stream()
			.filter(v -> v.requestId().equals(requestA.id())).findFirst().orElseThrow().id();
		DeskWorld other = new DeskWorld(fixtures, registry, desk, catalogue, jdbc);
		assertThat(other.as(other.world.head(), () -> desk.revisits(200))).noneMatch(v -> v.id().equals(revisit));
		notFound(other.world.head(), () -> run(() -> handling.completeRevisit(revisit, "已回访")));
		notFound(world.workerB(), () -> run(() -> handling.completeRevisit(revisit, "已回访")));
	}

	@Test
	void aResidentCannotReadOrTouchAnothersRequest() {
		Resident neighbour = w.residentInGridA();
		String before = snapshot();
		UUID id = requestA.id();
		notFound(neighbour.login(), () -> desk.myRequest(id));
		notFound(neighbour.login(), () -> desk.attachment(id, attachmentA));
		notFound(neighbour.login(), () -> run(() -> handling.reopen(id, "not mine")));
		notFound(neighbour.login(), () -> run(() -> handling.rate(id,
				new Rating(ResolutionAnswer.RESOLVED, SatisfactionAnswer.SATISFIED, null, null))));
		assertThat(w.as(neighbour.login(), () -> desk.myRequests())).extracting(RequestSummary::id).doesNotContain(id);
		assertThatThrownBy(() -> w.as(neighbour.login(), () -> desk.request(id)))
			.isInstanceOf(org.pomegranate.shared.web.ForbiddenException.class);
		assertThat(snapshot()).isEqualTo(before);

		assertThat(w.as(resident.login(), () -> desk.myRequest(id)).id()).isEqualTo(id);
		assertThat(w.as(resident.login(), () -> desk.attachment(id, attachmentA)).contentType()).isEqualTo("image/jpeg");
	}

	private void notFound(String login, ThrowingSupplier<?> act) {
		assertThatThrownBy(() -> w.as(login, () -> {
			try {
				return act.get();
			}
			catch (RuntimeException e) {
				throw e;
			}
			catch (Throwable t) {
				throw new IllegalStateException(t);
			}
		})).isInstanceOf(NotFoundException.class);
	}

	private static Object run(Runnable act) {
		act.run();
		return null;
	}

	private String snapshot() {
		return jdbc.sql("select r::text from service_request r where id = ?").param(requestA.id()).query(String.class)
			.single() + w.timelineKinds(requestA.id()) + w.count("notification") + w.count("revisit");
	}
}
