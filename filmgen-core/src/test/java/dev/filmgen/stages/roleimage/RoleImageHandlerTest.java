package dev.filmgen.stages.roleimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.model.ImageRequest;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleImageHandlerTest {
    @Test
    void portraitsArePaintedFromTheRoleEvenWhenTheUserGaveAProductPhoto() {
        FakeStageContext c = new FakeStageContext(Fixtures.withPortraits().toBuilder().roleImages(Map.of()).build())
                .on(Stage.ROLE_IMAGE, 1);
        new RoleImageHandler().handle(c);
        ImageRequest r = c.imageRequests().get(0);
        assertEquals("role:Leo", r.purpose());
        assertTrue(r.prompt().contains("bearded") || r.prompt().contains("beard"), r.prompt());
        assertTrue(r.prompt().contains("grey hoodie"));
        assertTrue(r.references().isEmpty(), "portraits are painted, not copied from the product photo");
        assertEquals(URI.create("fake://image/role-Leo"), c.session().roleImages().get("Leo").uri());
    }
}
