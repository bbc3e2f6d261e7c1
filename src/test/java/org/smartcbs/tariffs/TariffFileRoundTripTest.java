package org.smartcbs.tariffs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcbs.core.tariff.Tariff;

class TariffFileRoundTripTest {

    static List<Path> tariffFiles() {
        List<Path> files = ReferenceData.allTariffFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tariffFiles")
    void readWriteReadIsEqual(Path file) {
        Tariff first = TariffFile.read(ReferenceData.read(file));

        String written = TariffFile.write(first);
        Tariff second = TariffFile.read(written);

        assertThat(second).isEqualTo(first);
        assertThat(TariffFile.write(second)).isEqualTo(written);
    }

    @Test
    void writtenDecimalsAreStrings() {
        // PACIFIC-WA-16-2008 writes its rates as JSON numbers; the written file has them as strings
        Tariff tariff = TariffFile.read(ReferenceData.read(ReferenceData.ORACLE_TARIFFS.resolve("PACIFIC-WA-16-2008.json")));

        String written = TariffFile.write(tariff);

        assertThat(written).contains("\"rate\" : \"0.04914\"");
        assertThat(written).contains("\"upTo\" : \"600\"");
        assertThat(written).contains("\"upTo\" : null");
    }

    @Test
    void numbersReadExactly() {
        String json = """
                {"format": "smart-cbs-tariff/1", "code": "N", "name": "Numbers", "currency": "USD",
                 "effectiveFrom": "2026-01-01",
                 "schedules": [{"upTo": null, "method": "TELESCOPIC",
                   "slabs": [{"upTo": 1e2, "rate": 0.1}, {"upTo": null, "rate": 0.30000000000000004}]}],
                 "charges": [{"code": "FC", "type": "FIXED", "amount": 6.00}]}
                """;

        Tariff tariff = TariffFile.read(json);

        assertThat(tariff.schedules().get(0).slabs().get(0).upTo()).isEqualTo(new java.math.BigDecimal("100"));
        assertThat(tariff.schedules().get(0).slabs().get(0).rate()).isEqualTo(new java.math.BigDecimal("0.1"));
        assertThat(tariff.schedules().get(0).slabs().get(1).rate())
                .isEqualTo(new java.math.BigDecimal("0.30000000000000004"));
        assertThat(tariff.charges().get(0).amount()).isEqualTo(new java.math.BigDecimal("6.00"));
        assertThat(tariff.unit()).isEqualTo("kWh");
        assertThat(tariff.effectiveTo()).isNull();
    }
}
