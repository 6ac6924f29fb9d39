package org.pomegranate.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * Sends a person whose session is missing or expired to the sign-in page. An htmx request must
 * not follow the redirect itself (it would paste the sign-in page into the part of the page it
 * updates), so it gets {@code HX-Redirect} and htmx moves the whole page.
 */
class SignInAgain implements AuthenticationEntryPoint, InvalidSessionStrategy {

	private final String target;

	SignInAgain(String target) {
		this.target = target;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		send(request, response);
	}

	@Override
	public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// forget the dead session id, or every later request would be "expired" again
		request.getSession(true);
		send(request, response);
	}

	private void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String url = request.getContextPath() + target;
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", url);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		}
		else {
			response.sendRedirect(url);
		}
	}
}
