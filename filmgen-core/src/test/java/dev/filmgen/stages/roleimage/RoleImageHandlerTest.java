package dev.filmgen.stages.roleimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.VisionRequest;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import java.net.URI;
import java.util.List;
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
    private static final MediaAsset PHOTO = MediaAsset.of(URI.create("fake://seller/photo.png"), "image/png");

    /** The English fixture before its portraits, with a product photo from the user. */
    private static FakeStageContext withUserPhoto(int role) {
        return new FakeStageContext(Fixtures.withPortraits().toBuilder().roleImages(Map.of())
                .topic(new Topic("a thermos bottle that keeps tea hot", PHOTO)).build()).on(Stage.ROLE_IMAGE, role);
    }

    @Test
    void whenTheUsersPhotoShowsAPersonTheLeadIsPaintedByTheReferenceModelFromThatPhoto() {
        FakeStageContext c = withUserPhoto(0).visionAnswer("Yes.");
        new RoleImageHandler().handle(c);

        VisionRequest asked = c.visionRequests().get(0);
        assertEquals("qvq-max", asked.model(), "the Script stage's vision model looks at the photo");
        assertEquals(PHOTO, asked.image());
        ImageRequest r = c.imageRequests().get(0);
        assertEquals("wan2.6-image", r.model());
        assertEquals(List.of(PHOTO), r.references());
        assertTrue(r.prompt().contains("Image 1 is the person in the seller's product photo: paint Mia"), r.prompt());
    }

    @Test
    void aPhotoWithoutAPersonOrAnUnclearAnswerLeavesThePortraitToTheTextModel() {
        for (String answer : List.of("No.", "I cannot tell.")) {
            FakeStageContext c = withUserPhoto(0).visionAnswer(answer);
            new RoleImageHandler().handle(c);
            ImageRequest r = c.imageRequests().get(0);
            assertEquals("wan2.2-t2i-plus", r.model(), answer);
            assertTrue(r.references().isEmpty(), answer);
        }
    }

    @Test
    void onlyTheLeadIsMatchedToThePhotoAndAFailingVisionModelNeverFailsThePortrait() {
        FakeStageContext second = withUserPhoto(1).visionAnswer("Yes.");
        new RoleImageHandler().handle(second);
        assertTrue(second.visionRequests().isEmpty(), "the second role is not asked about");
        assertTrue(second.imageRequests().get(0).references().isEmpty());

        FakeStageContext failing = withUserPhoto(0)
                .visionFailure(new NonRetriableException("the vision model is down"));
        new RoleImageHandler().handle(failing);
        assertEquals("wan2.2-t2i-plus", failing.imageRequests().get(0).model());
        assertTrue(failing.session().roleImages().containsKey("Mia"), "the portrait was still painted");
        assertTrue(failing.notices().stream().anyMatch(n -> n.contains("could not tell whether the product photo"
                + " shows a person")), failing.notices().toString());
    }
}
