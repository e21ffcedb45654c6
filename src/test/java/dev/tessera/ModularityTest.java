package dev.tessera;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features depend on each other only as their {@code package-info.java} files allow, downwards and through
 * their API; the module diagram is written to {@code target/spring-modulith-docs}.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TesseraApplication.class);

    @Test
    void featuresDependOnEachOtherOnlyDownwardsAndThroughTheirApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
