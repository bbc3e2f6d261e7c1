package org.smartcbs.tariffs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.smartcbs.core.tariff.TariffPricer;

class QuoteLocaleProperties {

    private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("de-DE"),
            Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("en-US"));

    @Provide
    Arbitrary<Path> tariffFiles() {
        return Arbitraries.of(ReferenceData.allTariffFiles());
    }

    @Provide
    Arbitrary<BigDecimal> units() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2000")).ofScale(3);
    }

    /** Reads the file and prints the quote JSON under the given default locale. */
    private static String quoteUnder(Locale locale, String json, BigDecimal units, int days) {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            return QuoteJson.write(TariffPricer.price(TariffFile.read(json), units, days));
        } finally {
            Locale.setDefault(original);
        }
    }

    @Property(tries = 100)
    void quoteSameUnderEveryLocale(@ForAll("tariffFiles") Path file, @ForAll("units") BigDecimal units,
            @ForAll @IntRange(min = 1, max = 62) int days) {
        String json = ReferenceData.read(file);

        String reference = quoteUnder(Locale.ROOT, json, units, days);

        for (Locale locale : LOCALES) {
            assertThat(quoteUnder(locale, json, units, days)).as(locale.toLanguageTag()).isEqualTo(reference);
        }
    }
}
