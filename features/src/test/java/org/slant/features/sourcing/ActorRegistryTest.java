package org.slant.features.sourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.features.FeaturesException;

class ActorRegistryTest {

    @Test
    void builtInRegistryKnowsUshakovByAlias() {
        Actor a = ActorRegistry.builtIn().find("ushakov").orElseThrow();
        assertEquals("Yury Ushakov", a.name());
        assertEquals("Russia government", a.affiliation());
        assertEquals(RoleCategory.OFFICIAL, a.category());
    }

    @Test
    void registryRoundTripsThroughJson() throws FeaturesException {
        ActorRegistry r = ActorRegistry.builtIn();
        assertEquals(r, ActorRegistry.fromJson(r.toJson()));
        assertTrue(r.toJson().contains("\"category\" : \"official\""));
    }

    @Test
    void loadsAUserFileAndLaterActorsWin(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("actors.json");
        Files.writeString(f, "{\"actors\": [{\"name\": \"Yury Ushakov\", \"aliases\": [\"Ushakov\"],"
                + " \"kind\": \"PERSON\", \"affiliation\": \"Kremlin\", \"category\": \"official\"}]}");
        ActorRegistry merged = ActorRegistry.builtIn().with(ActorRegistry.load(f));
        assertEquals("Kremlin", merged.find("Ushakov").orElseThrow().affiliation());
    }

    @Test
    void invalidRegistriesNameTheProblem(@TempDir Path dir) throws Exception {
        FeaturesException e = assertThrows(FeaturesException.class,
                () -> ActorRegistry.fromJson("{\"actors\": [{\"name\": \"X\"}]}"));
        assertTrue(e.getMessage().contains("affiliation"), e.getMessage());
        assertThrows(FeaturesException.class, () -> ActorRegistry.fromJson("{\"actors\": [{\"name\": \"X\", "
                + "\"affiliation\": \"Y\", \"category\": \"martian\"}]}"));
        Path missing = dir.resolve("none.json");
        FeaturesException m = assertThrows(FeaturesException.class, () -> ActorRegistry.load(missing));
        assertTrue(m.getMessage().contains("none.json"));
        assertEquals(List.of(), ActorRegistry.empty().actors());
    }
}
