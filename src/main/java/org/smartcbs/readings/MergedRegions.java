package org.smartcbs.readings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merged regions of one sheet, applied to rows as they stream past in ascending row order.
 *
 * <p>Only the regions that cover the current row are kept active, and only the top-left values of active
 * regions are buffered, so a sheet with many merged regions is still read in one pass over its rows.
 */
final class MergedRegions {

    private final List<CellRangeAddress> pending;
    private final MergedCellPolicy policy;
    private final List<CellRangeAddress> active = new ArrayList<>();
    private final Map<CellRangeAddress, SheetCell> topLeftValues = new HashMap<>();
    private int nextPending;
    private int currentRow;

    MergedRegions(List<CellRangeAddress> regions, MergedCellPolicy policy) {
        this.pending = new ArrayList<>(regions);
        this.pending.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
        this.policy = policy;
    }

    static MergedRegions none() {
        return new MergedRegions(List.of(), MergedCellPolicy.FILL);
    }

    /**
     * Moves to the given row, which must not be before the previous one, and records the top-left values
     * of regions that start there.
     *
     * @param rowNumber row number starting at 1
     * @param row       the row's cells, or {@code null} for a row the file does not store
     */
    void advanceTo(int rowNumber, SheetRow row) {
        currentRow = rowNumber;
        int zeroBasedRow = rowNumber - 1;
        active.removeIf(region -> region.getLastRow() < zeroBasedRow);
        while (nextPending < pending.size() && pending.get(nextPending).getFirstRow() <= zeroBasedRow) {
            CellRangeAddress region = pending.get(nextPending++);
            if (region.getLastRow() >= zeroBasedRow) {
                active.add(region);
            }
        }
        for (CellRangeAddress region : active) {
            if (region.getFirstRow() == zeroBasedRow) {
                SheetCell topLeft = row == null ? null : row.cell(region.getFirstColumn());
                if (topLeft != null) {
                    topLeftValues.put(region, topLeft);
                }
            }
        }
        topLeftValues.keySet().removeIf(region -> region.getLastRow() < zeroBasedRow);
    }

    /** Returns whether any merged region covers the current row. */
    boolean coversCurrentRow() {
        return !active.isEmpty();
    }

    /**
     * Returns the cell to read at the given column of the current row: the stored cell outside merged regions
     * and at a region's top-left corner, otherwise the top-left value (FILL) or a MERGED marker (REJECT).
     */
    SheetCell cellAt(SheetRow row, int column) {
        int zeroBasedRow = currentRow - 1;
        for (CellRangeAddress region : active) {
            boolean inside = region.isInRange(zeroBasedRow, column);
            boolean topLeft = region.getFirstRow() == zeroBasedRow && region.getFirstColumn() == column;
            if (inside && !topLeft) {
                if (policy == MergedCellPolicy.REJECT) {
                    return SheetCell.merged(column, region.formatAsString());
                }
                SheetCell value = topLeftValues.get(region);
                return value == null ? null : value.atColumn(column);
            }
        }
        return row == null ? null : row.cell(column);
    }
}
