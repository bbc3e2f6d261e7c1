/**
 * Consumers and their connections: registration, status and search.
 */

package org.smartcbs.consumers;
