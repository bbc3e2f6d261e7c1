/**
 * Employees, their roles and consumer log-ins.
 */

package org.smartcbs.identity;
