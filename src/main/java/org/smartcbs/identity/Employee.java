package org.smartcbs.identity;

/** An employee of the organisation; the password hash never leaves the identity module. */
public record Employee(long id, String username, String fullName, Role role, boolean active) {
}
