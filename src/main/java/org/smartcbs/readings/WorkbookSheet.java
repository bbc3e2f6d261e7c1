package org.smartcbs.readings;

/**
 * A sheet as a workbook lists it.
 *
 * @param name       the sheet's name
 * @param relationId for OOXML the relationship id of the sheet part, for BIFF8 the sheet index as text
 * @param visible    {@code false} for hidden and very hidden sheets
 */
record WorkbookSheet(String name, String relationId, boolean visible) {
}
