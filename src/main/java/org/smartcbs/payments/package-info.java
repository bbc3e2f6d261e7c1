/**
 * Payments posted by cashiers or imported from bank collection files.
 */

package org.smartcbs.payments;
