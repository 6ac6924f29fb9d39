package org.pomegranate.notifications.web;

import java.time.Instant;
import java.util.Locale;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.notifications.Notification;
import org.pomegranate.notifications.Notifications;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The signed-in person's notifications, newest first. Opening one marks it read and goes where
 * it points; one tap marks them all read.
 */
@Controller
class NotificationsPageController {

	static final int SHOWN = 50;

	private final Notifications notifications;
	private final IdentityManagement identity;
	private final MessageSource messages;

	NotificationsPageController(Notifications notifications, IdentityManagement identity, MessageSource messages) {
		this.notifications = notifications;
		this.identity = identity;
		this.messages = messages;
	}

	@GetMapping("/notifications")
	String list(Model model) {
		CurrentUser me = identity.currentUser();
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("notifications", notifications.recent(me.accountId(), SHOWN).stream()
			.map(n -> line(n, locale))
			.toList());
		return "notifications/list";
	}

	@PostMapping("/notifications/{id}/open")
	String open(@PathVariable long id) {
		CurrentUser me = identity.currentUser();
		notifications.markRead(me.accountId(), id);
		// only the account's own notification, and only a link inside the application, is followed
		String link = notifications.recent(me.accountId(), SHOWN).stream().filter(n -> n.id() == id)
			.map(Notification::link).findFirst().orElse(null);
		return "redirect:" + (isLocal(link) ? link : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll() {
		notifications.markAllRead(identity.currentUser().accountId());
		return "redirect:/notifications";
	}

	/** A notice to a resident is worded in her language, whatever the page is shown in. */
	private Line line(Notification n, Locale reader) {
		Locale locale = n.language() == null ? reader : Locale.forLanguageTag(n.language());
		return new Line(n.id(), messages.getMessage(n.messageKey(), n.args().toArray(), n.kind(), locale),
				n.createdAt(), n.read(), n.language());
	}

	static boolean isLocal(String link) {
		return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
	}

	record Line(long id, String text, Instant at, boolean read, String language) {
	}
}
