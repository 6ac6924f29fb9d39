package org.pomegranate.servicedesk;

/** A file sent with a request. Its type is decided by its content, not by its name. */
public record Upload(String fileName, byte[] content) {
}
