/**
 * Tabular input files (CSV and Excel) read into rows of named fields, for the imports of every module.
 */
package org.smartcbs.tables;
