package dev.tessera.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeMarkersTest {

    private static final String SOURCE = "Click \uE400Save\uE800 now.\uE001";

    @Test
    void markersShowAsTagsAndComeBackFromThem() {
        assertThat(CodeMarkers.toTags(SOURCE)).isEqualTo("Click <1>Save</1> now.<2/>");
        assertThat(CodeMarkers.fromTags("Cliquez <1>Enregistrer</1>.<2/>", SOURCE))
                .isEqualTo("Cliquez \uE400Enregistrer\uE800.\uE001");
    }

    @Test
    void onlyTheSourcesTagsBecomeCodes() {
        assertThat(CodeMarkers.fromTags("a <3/> b <1/> c </2> <1/2>", SOURCE))
                .as("not in the source, or malformed")
                .isEqualTo("a <3/> b <1/> c </2> <1/2>");
        assertThat(CodeMarkers.fromTags("x <1> y", "no codes here")).isEqualTo("x <1> y");
        assertThat(CodeMarkers.toTags("plain")).isEqualTo("plain");
    }

    @Test
    void kindsAndIndexesRoundTrip() {
        for (CodeMarkers.Kind kind : CodeMarkers.Kind.values()) {
            char marker = CodeMarkers.marker(kind, 1023);
            assertThat(CodeMarkers.kind(marker)).isEqualTo(kind);
            assertThat(CodeMarkers.index(marker)).isEqualTo(1023);
            assertThat(CodeMarkers.isMarker(marker)).isTrue();
        }
        assertThat(CodeMarkers.isMarker('\uEC00')).isFalse();
        assertThat(CodeMarkers.strip(SOURCE)).isEqualTo("Click Save now.");
    }
}
