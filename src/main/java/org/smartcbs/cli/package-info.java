/**
 * The command line: every command calls the same application services as the server.
 */

package org.smartcbs.cli;
