/**
 * Writes of many rows at once: COPY on PostgreSQL, JDBC batches on the embedded database.
 */
package org.smartcbs.bulk;
