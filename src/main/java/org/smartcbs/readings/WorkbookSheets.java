package org.smartcbs.readings;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Chooses the sheet to read: the one named in the options, otherwise the first visible sheet.
 */
final class WorkbookSheets {

    private WorkbookSheets() {
    }

    static WorkbookSheet choose(List<WorkbookSheet> sheets, String requestedName, String fileName) {
        if (requestedName != null) {
            for (WorkbookSheet sheet : sheets) {
                if (sheet.name().equals(requestedName)) {
                    return sheet;
                }
            }
            String requested = requestedName.trim().toLowerCase(Locale.ROOT);
            for (WorkbookSheet sheet : sheets) {
                if (sheet.name().trim().toLowerCase(Locale.ROOT).equals(requested)) {
                    return sheet;
                }
            }
            String names = sheets.stream().map(sheet -> "\"" + sheet.name() + "\"").collect(Collectors.joining(", "));
            throw new ReadingFileException(fileName + " has no sheet named \"" + requestedName
                    + "\"; its sheets are " + names + ". Choose one of them");
        }
        for (WorkbookSheet sheet : sheets) {
            if (sheet.visible()) {
                return sheet;
            }
        }
        throw new ReadingFileException(fileName + " has no visible sheet; unhide the sheet with the readings"
                + " or choose it by name");
    }
}
