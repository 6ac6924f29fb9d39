package org.pomegranate.activities.internal;

import java.util.UUID;

import org.pomegranate.activities.Signup;

/** A stored sign-up with what only its owner (the token) and the door may see. */
public record StoredSignup(Signup signup, UUID residentId, String token, boolean checkedIn) {
}
