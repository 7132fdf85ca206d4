package nl.leiden.healthysociety.web.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The schematic tile map of Leiden's districts, drawn on the server as SVG (the intranet loads no map tiles from the
 * internet): where each district's tile goes, how its name wraps, and five fill colours from light to dark, each
 * with a text colour that keeps a contrast of at least 4.5:1.
 */
public final class DistrictLayout {

    public static final int TILE = 150;
    public static final int GAP = 8;
    private static final int LABEL_CHARACTERS = 16;

    /** Tile positions (column, row): each district roughly where it lies in Leiden, north at the top. */
    private static final Map<String, int[]> POSITIONS = Map.ofEntries(Map.entry("Leiden-Noord", new int[]{1, 0}),
            Map.entry("Merenwijkdistrict", new int[]{2, 0}), Map.entry("Morsdistrict", new int[]{0, 1}),
            Map.entry("Stationsdistrict", new int[]{1, 1}), Map.entry("Binnenstad-Noord", new int[]{2, 1}),
            Map.entry("Roodenburgerdistrict", new int[]{3, 1}),
            Map.entry("Boerhaavedistrict", new int[]{0, 2}),
            Map.entry("Bos- en Gasthuisdistrict", new int[]{1, 2}),
            Map.entry("Binnenstad-Zuid", new int[]{2, 2}), Map.entry("Stevenshofdistrict", new int[]{0, 3}));

    private static final String[][] SHADES = {{"#ffffff", "#1f1f1f"}, {"#fee5d9", "#1f1f1f"},
            {"#fcae91", "#1f1f1f"}, {"#b3121b", "#ffffff"}, {"#67000d", "#ffffff"}};

    private DistrictLayout() {
    }

    /**
     * The top-left corner (x, y) of a district's tile. A district a beheerder added later, the {@code extra}-th
     * unknown one, goes in rows below the known ones.
     */
    public static int[] corner(String district, int extra) {
        int[] position = POSITIONS.get(district);
        if (position == null) {
            position = new int[]{extra % 4, 4 + extra / 4};
        }
        return new int[]{position[0] * (TILE + GAP), position[1] * (TILE + GAP)};
    }

    public static boolean known(String district) {
        return POSITIONS.containsKey(district);
    }

    /** A name in lines that fit a tile ("Bos- en" / "Gasthuisdistrict"). */
    public static List<String> label(String name) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LABEL_CHARACTERS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Fill and text colour for shade 0 (white) to 4 (darkest). */
    public static String[] shade(int index) {
        return SHADES[Math.max(0, Math.min(SHADES.length - 1, index))];
    }
}
