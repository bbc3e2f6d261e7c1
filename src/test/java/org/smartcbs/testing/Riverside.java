package org.smartcbs.testing;

import java.nio.file.Path;

import org.smartcbs.consumers.Consumers;
import org.smartcbs.identity.Employees;
import org.smartcbs.identity.Role;
import org.smartcbs.meters.Meters;
import org.smartcbs.setups.Setups;
import org.smartcbs.tariffs.TariffVersions;
import org.springframework.context.ApplicationContext;

/**
 * The registry of the hand-worked Riverside dataset, imported through the application services, and its staff:
 * an administrator, two billing officers, a meter reader and a cashier.
 */
public final class Riverside {

    public static final Path DATA = Path.of("src/test/resources/datasets/riverside");
    public static final String ADMIN = "amina";
    public static final String OFFICER = "bilal";
    public static final String SECOND_OFFICER = "chaudhry";
    public static final String READER = "raza";
    public static final String CASHIER = "sana";
    public static final String PASSWORD = "correct horse battery";

    private Riverside() {
    }

    public static void importRegistry(ApplicationContext app) {
        app.getBean(Setups.class).importFile(DATA.resolve("setups.csv"));
        app.getBean(Consumers.class).importFile(DATA.resolve("consumers.csv"));
        app.getBean(Meters.class).importFile(DATA.resolve("meters.csv"));
        TariffVersions tariffs = app.getBean(TariffVersions.class);
        tariffs.importFile(DATA.resolve("tariffs/RIVERSIDE-RESIDENTIAL-2026.json"), "RESIDENTIAL");
        tariffs.importFile(DATA.resolve("tariffs/RIVERSIDE-COMMERCIAL-2026.json"), "COMMERCIAL");

        Employees employees = app.getBean(Employees.class);
        employees.createFirstAdmin(ADMIN, "Amina Qureshi", PASSWORD);
        employees.create(ADMIN, OFFICER, "Bilal Ahmed", Role.BILLING_OFFICER, PASSWORD);
        employees.create(ADMIN, SECOND_OFFICER, "Chaudhry Aslam", Role.BILLING_OFFICER, PASSWORD);
        employees.create(ADMIN, READER, "Raza Shah", Role.METER_READER, PASSWORD);
        employees.create(ADMIN, CASHIER, "Sana Iqbal", Role.CASHIER, PASSWORD);
    }
}
