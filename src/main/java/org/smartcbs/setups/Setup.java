package org.smartcbs.setups;

/** A substation, feeder or area that consumers are connected to; {@code parentId} is null at the top. */
public record Setup(long id, String code, String name, String description, Long parentId) {
}
