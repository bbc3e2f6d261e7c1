/**
 * Meter readings: entry, upload from spreadsheets, and the checks that make a reading fit to bill.
 */

package org.smartcbs.readings;
