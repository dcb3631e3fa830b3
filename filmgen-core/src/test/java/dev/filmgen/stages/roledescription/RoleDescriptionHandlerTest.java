package dev.filmgen.stages.roledescription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.Role;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.model.TextRequest;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleDescriptionHandlerTest {
    private static final String MIA = "{\"name\":\"mia\",\"look\":\"young woman\",\"clothes\":\"red coat\",\"setting\":\"street\"}";
    private static final String LEO = "{\"Role\":\"Leo Chen\",\"appearance\":\"bearded man\",\"outfit\":\"grey hoodie\",\"location\":\"office\"}";
    private static final String ZOE = "{\"name\":\"Zoe\",\"look\":\"girl\",\"clothes\":\"yellow dress\",\"setting\":\"park\"}";

    private static FakeStageContext ctx(int maxRoles) {
        return new FakeStageContext(Fixtures.session("a thermos").toBuilder().script(Fixtures.scriptEn())
                .boards(Fixtures.boardsEn()).build()).on(Stage.ROLE_DESCRIPTION)
                .config(Fixtures.config(4, maxRoles, "16:9", null));
    }

    @Test
    void namesFollowTheBoardsSpelling() {
        FakeStageContext c = ctx(2).answer("RoleDescription", "{\"roles\":[" + MIA + "," + LEO + "]}");
        new RoleDescriptionHandler().handle(c);
        assertEquals(List.of("Mia", "Leo"), names(c.session().roles()));
        assertEquals(new Role("Leo", "bearded man", "grey hoodie", "office"), c.session().roles().get(1));
        TextRequest r = c.textRequests().get(0);
        assertEquals("2", r.attributes().get("max_roles"));
        assertTrue(r.attributes().get("boards_json").contains("\"board\":1"));
        assertTrue(r.attributes().containsKey("script_json"));
    }

    @Test
    void honoursMaxRolesKeepingThoseOnScreen() {
        FakeStageContext c = ctx(2).answer("RoleDescription", "{\"roles\":[" + ZOE + "," + MIA + "," + LEO + "]}");
        new RoleDescriptionHandler().handle(c);
        assertEquals(List.of("Mia", "Leo"), names(c.session().roles()));
        assertTrue(c.notices().stream().anyMatch(n -> n.contains("max_roles is 2") && n.contains("Zoe")));
    }

    @Test
    void aBoardCharacterWithoutARoleIsAskedForOnce() {
        FakeStageContext c = ctx(2).answer("RoleDescription", "{\"roles\":[" + MIA + "]}",
                "{\"roles\":[" + MIA + "," + LEO + "]}");
        new RoleDescriptionHandler().handle(c);
        assertEquals(2, c.textRequests().size());
        String repair = c.textRequests().get(1).messages().get(3).text();
        assertTrue(repair.contains("Leo") && repair.contains("board 3"), repair);
        assertEquals(List.of("Mia", "Leo"), names(c.session().roles()));
    }

    @Test
    void aCharacterStillMissingAfterRepairIsReportedNotFatal() {
        FakeStageContext c = ctx(2).answer("RoleDescription", "{\"roles\":[" + MIA + "]}", "{\"roles\":[" + MIA + "]}");
        new RoleDescriptionHandler().handle(c);
        assertEquals(List.of("Mia"), names(c.session().roles()));
        assertTrue(c.notices().stream().anyMatch(n -> n.contains("Leo") && n.contains("without a description")));
    }

    @Test
    void aRoleWithoutClothesAfterRepairFailsNamingTheField() {
        String bare = "{\"roles\":[{\"name\":\"Mia\",\"look\":\"young\",\"setting\":\"street\"}]}";
        FakeStageContext c = ctx(2).answer("RoleDescription", bare, bare);
        StageFailedException e = assertThrows(StageFailedException.class, () -> new RoleDescriptionHandler().handle(c));
        assertEquals(Stage.ROLE_DESCRIPTION, e.stage());
        assertTrue(e.getMessage().contains("\"clothes\"") && e.getMessage().contains("Mia"), e.getMessage());
    }

    @Test
    void maxRolesZeroGivesNoRolesAndNoRepair() {
        FakeStageContext c = ctx(0).answer("RoleDescription", "{\"roles\":[" + MIA + "]}");
        new RoleDescriptionHandler().handle(c);
        assertTrue(c.session().roles().isEmpty());
        assertEquals(1, c.textRequests().size());
    }

    private static List<String> names(List<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toList());
    }
}
