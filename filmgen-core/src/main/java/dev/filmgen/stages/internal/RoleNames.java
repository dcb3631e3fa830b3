package dev.filmgen.stages.internal;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps role names consistent with the storyboard: a role whose name differs from a board character
 * only by case, spacing or a prefix/suffix ("Mother Li" / "Mother") takes the board's spelling;
 * duplicates are merged; the list is cut to {@code max_roles}, keeping roles that appear on screen.
 */
public final class RoleNames {
    private RoleNames() {
    }

    /** Distinct character names of the boards, in order of first appearance. */
    public static List<String> onScreen(List<Board> boards) {
        Set<String> names = new LinkedHashSet<>();
        boards.forEach(b -> names.addAll(b.characters()));
        return new ArrayList<>(names);
    }

    /** Board characters no role describes. */
    public static List<String> undescribed(List<Board> boards, List<Role> roles) {
        List<String> out = new ArrayList<>();
        for (String name : onScreen(boards)) {
            if (roles.stream().noneMatch(r -> r.name().equals(name))) {
                out.add(name);
            }
        }
        return out;
    }

    /** The roles renamed to board spellings, deduplicated and cut to {@code maxRoles}. */
    public static List<Role> reconcile(List<Role> roles, List<Board> boards, int maxRoles, Consumer<String> notices) {
        List<String> screen = onScreen(boards);
        List<Role> named = new ArrayList<>();
        for (Role r : roles) {
            String match = match(r.name(), screen);
            Role renamed = match == null || match.equals(r.name()) ? r
                    : new Role(match, r.look(), r.clothes(), r.setting());
            if (named.stream().anyMatch(x -> x.name().equals(renamed.name()))) {
                notices.accept("RoleDescription: role \"" + r.name() + "\" is described twice; the first is kept");
                continue;
            }
            if (renamed != r) {
                notices.accept("RoleDescription: role \"" + r.name() + "\" is called \"" + match
                        + "\" in the storyboard; the storyboard's name is used");
            }
            named.add(renamed);
        }
        if (named.size() <= maxRoles) {
            return named;
        }
        List<Role> kept = new ArrayList<>();
        named.stream().filter(r -> screen.contains(r.name())).forEach(kept::add);
        named.stream().filter(r -> !screen.contains(r.name())).forEach(kept::add);
        List<Role> cut = kept.subList(0, Math.max(0, maxRoles));
        List<String> dropped = new ArrayList<>();
        kept.subList(cut.size(), kept.size()).forEach(r -> dropped.add(r.name()));
        notices.accept("RoleDescription: max_roles is " + maxRoles + ", so " + String.join(", ", dropped)
                + " got no description");
        return new ArrayList<>(cut);
    }

    private static String match(String name, List<String> screen) {
        String n = squash(name);
        for (String s : screen) {
            if (squash(s).equals(n)) {
                return s;
            }
        }
        for (String s : screen) {
            String q = squash(s);
            if (!q.isEmpty() && !n.isEmpty() && (n.contains(q) || q.contains(n))) {
                return s;
            }
        }
        return null;
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s_\\-·•.]+", "").toLowerCase(Locale.ROOT);
    }
}
