package org.pomegranate.servicedesk.internal;

/** An upload that passed the checks: its type from its content, its name made safe to show. */
public record CheckedFile(String fileName, String contentType, byte[] content, String sha256) {
}
