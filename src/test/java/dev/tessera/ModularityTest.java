package dev.tessera;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void featuresDependOnEachOtherOnlyDownwardsAndThroughTheirApi() {
        ApplicationModules.of(TesseraApplication.class).verify();
    }
}
