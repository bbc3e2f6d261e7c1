/**
 * Consumer search and the connection list: read-only views across consumers, setups and meters.
 */
package org.smartcbs.connections;
