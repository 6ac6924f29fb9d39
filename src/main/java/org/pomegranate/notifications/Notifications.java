package org.pomegranate.notifications;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.pomegranate.notifications.internal.NotificationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends and reads in-app notifications. Sending joins the caller's transaction: a notification
 * exists exactly when the act it reports was committed.
 */
@Service
@Transactional
public class Notifications {

	private final NotificationRepository repository;

	Notifications(NotificationRepository repository) {
		this.repository = repository;
	}

	/** One notification per account, all in one statement. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(Collection<UUID> accountIds, String kind, List<String> args, String link) {
		if (!accountIds.isEmpty()) {
			repository.insert(accountIds, kind, args, link);
		}
	}

	/** Notices of one kind to send together: to these accounts, with these arguments and link. */
	public record Outgoing(Collection<UUID> accountIds, List<String> args, String link) {
	}

	/**
	 * Many notices of one kind (one per account of each) in one statement, in the order given: for
	 * work done in bulk, such as the SLA clock's steps.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void sendAll(String kind, List<Outgoing> notices) {
		if (notices.stream().anyMatch(n -> !n.accountIds().isEmpty())) {
			repository.insertAll(kind, notices.stream()
				.map(n -> new NotificationRepository.Row(n.accountIds(), n.args(), n.link())).toList());
		}
	}

	/**
	 * One notice per account for one event, worded in the given language: a listener that runs twice
	 * for the same event (a redelivery after a crash) sends nothing the second time.
	 *
	 * @param eventId the event the notice tells of
	 * @param language {@code zh}, {@code en}, {@code bo} or {@code mn}; {@code null} for the reader's language
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void sendOnce(UUID eventId, Collection<UUID> accountIds, String kind, List<String> args, String link,
			String language) {
		if (!accountIds.isEmpty()) {
			repository.insertOnce(eventId, accountIds, kind, args, link, language);
		}
	}

	/**
	 * The notices of this kind and link that asked these accounts to do something now done (a
	 * "please rate" once rated): they leave the list and the unread count. Safe to run twice.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void markDone(Collection<UUID> accountIds, String kind, String link) {
		if (!accountIds.isEmpty()) {
			repository.markDone(accountIds, kind, link);
		}
	}

	@Transactional(readOnly = true)
	public long unreadCount(UUID accountId) {
		return repository.unreadCount(accountId);
	}

	/** The newest first. */
	@Transactional(readOnly = true)
	public List<Notification> recent(UUID accountId, int limit) {
		return repository.recent(accountId, limit);
	}

	/** Marks one of the account's own notifications read; anyone else's id changes nothing. */
	public void markRead(UUID accountId, long notificationId) {
		repository.markRead(accountId, notificationId);
	}

	public void markAllRead(UUID accountId) {
		repository.markAllRead(accountId);
	}
}
