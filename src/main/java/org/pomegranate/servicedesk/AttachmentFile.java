package org.pomegranate.servicedesk;

/** A stored file as it goes back to a browser: its safe name, its checked type and its bytes. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
