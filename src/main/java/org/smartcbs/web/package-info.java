/**
 * The server: web pages, the REST API and the health endpoint.
 */

package org.smartcbs.web;
