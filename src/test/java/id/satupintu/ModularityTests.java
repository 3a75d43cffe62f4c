package id.satupintu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold: no module reaches into another's internals, no cycles, only declared dependencies. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SatuPintuApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(System.getProperty("sp.build.dir", "target") + "/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
