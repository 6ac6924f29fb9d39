package org.pomegranate.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.notifications.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every full page the signed-in person's unread count ({@code unreadNotifications}) for the
 * badge in the navigation: one count on an index. htmx fragments and the JSON API draw no
 * navigation and skip the query; templates treat a missing count (error pages) as none.
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadNotificationsAdvice {

	private final Notifications notifications;
	private final IdentityManagement identity;

	UnreadNotificationsAdvice(Notifications notifications, IdentityManagement identity) {
		this.notifications = notifications;
		this.identity = identity;
	}

	@ModelAttribute
	void addUnreadCount(HttpServletRequest request, Model model) {
		if (request.getHeader("HX-Request") != null
				|| request.getRequestURI().startsWith("/api/")) {
			return;
		}
		identity.signedIn()
			.ifPresent(me -> model.addAttribute("unreadNotifications", notifications.unreadCount(me.accountId())));
	}
}
