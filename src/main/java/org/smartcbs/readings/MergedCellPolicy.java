package org.smartcbs.readings;

/**
 * Treatment of a cell that lies inside a merged region but is not its top-left cell.
 */
public enum MergedCellPolicy {

    /** The cell takes the value of the region's top-left cell. */
    FILL,

    /** The row is reported as a problem naming the merged cell, and no reading is taken from it. */
    REJECT
}
