/**
 * The billing arithmetic, free of any framework: money, tariff pricing, late charges, installment splits, payment
 * allocation, due dates and consumption estimates. Every module may use it, and it uses none of them.
 */
package org.smartcbs.core;
