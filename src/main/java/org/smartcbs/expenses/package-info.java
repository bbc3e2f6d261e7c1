/**
 * The organisation's expenses by type.
 */

package org.smartcbs.expenses;
