/**
 * The append-only consumer ledger and the balances derived from it.
 */

package org.smartcbs.ledger;
