package org.smartcbs.cli;

import java.nio.file.Path;

import org.smartcbs.consumers.Consumers;
import org.smartcbs.meters.Meters;
import org.smartcbs.setups.Setups;
import org.smartcbs.tariffs.TariffVersions;
import org.springframework.context.ApplicationContext;

/** The Green Valley registry that the product ships, imported through the application services. */
public final class DemoFixture {

    public static final Path GREEN_VALLEY = Path.of("samples/green-valley");

    private DemoFixture() {
    }

    public static void importGreenValleyRegistry(ApplicationContext app) {
        app.getBean(Setups.class).importFile(GREEN_VALLEY.resolve("setups.csv"));
        app.getBean(Consumers.class).importFile(GREEN_VALLEY.resolve("consumers.csv"));
        app.getBean(Meters.class).importFile(GREEN_VALLEY.resolve("meters.csv"));
        TariffVersions tariffs = app.getBean(TariffVersions.class);
        tariffs.importFile(GREEN_VALLEY.resolve("tariffs/GVHS-RESIDENTIAL-2026.json"), "RESIDENTIAL");
        tariffs.importFile(GREEN_VALLEY.resolve("tariffs/GVHS-COMMERCIAL-2026.json"), "COMMERCIAL");
    }
}
