package org.slant.report.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvAndFmtTest {
    @Test
    void csvQuotesSeparatorsAndGuardsFormulas() {
        String csv = new Csv("a", "b").row("x,y", "say \"hi\"").row("=1+1", -0.5).row("@SUM(A1)", null).toString();
        assertEquals("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n'=1+1,-0.5\r\n'@SUM(A1),\r\n", csv);
    }

    @Test
    void numbersIgnoreTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("0.123", Fmt.num(0.1234));
            assertEquals("12.5", Fmt.num(12.5));
            assertEquals("0.0016", Fmt.num(0.00159));
            assertEquals("< 0.001", Fmt.p(0.0002));
            assertEquals("0.2", Fmt.tick(0.2));
            assertEquals("\u2013", Fmt.num((Double) null));
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void ticksAreRoundAndCoverTheRange() {
        assertArrayEquals(new double[] {-0.1, 0, 0.1, 0.2, 0.3, 0.4}, Charts.niceTicks(-0.06, 0.38), 1e-12);
        assertArrayEquals(new double[] {0, 2, 4, 6, 8, 10}, Charts.niceTicks(0, 9.5), 1e-12);
    }
}
