package org.pomegranate.demo;

import java.util.List;

import org.pomegranate.identity.Role;

/**
 * One demo account as planned. {@code unitCode} is the staff member's unit; for the resident it is
 * the grid they live in (residents have no unit), for the administrator it is {@code null}.
 */
record DemoLogin(String username, Role role, String unitCode, String displayName, List<String> languages) {
}
