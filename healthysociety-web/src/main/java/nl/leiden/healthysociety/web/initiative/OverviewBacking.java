package nl.leiden.healthysociety.web.initiative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.service.initiative.CoverageMatrix;
import nl.leiden.healthysociety.service.initiative.DistrictCount;
import nl.leiden.healthysociety.service.initiative.InitiativeOverviewService;

/**
 * The overview page: the coverage matrix (themes or ambitions by area) and the map of districts. The map is a
 * schematic tile map drawn on the server as SVG: the intranet loads nothing from the internet.
 */
@Named
@RequestScoped
public class OverviewBacking {

    /** Tile positions (column, row): each district roughly where it lies in Leiden, north at the top. */
    private static final Map<String, int[]> POSITIONS = Map.ofEntries(Map.entry("Leiden-Noord", new int[]{1, 0}),
            Map.entry("Merenwijkdistrict", new int[]{2, 0}), Map.entry("Morsdistrict", new int[]{0, 1}),
            Map.entry("Stationsdistrict", new int[]{1, 1}), Map.entry("Binnenstad-Noord", new int[]{2, 1}),
            Map.entry("Roodenburgerdistrict", new int[]{3, 1}),
            Map.entry("Boerhaavedistrict", new int[]{0, 2}),
            Map.entry("Bos- en Gasthuisdistrict", new int[]{1, 2}),
            Map.entry("Binnenstad-Zuid", new int[]{2, 2}), Map.entry("Stevenshofdistrict", new int[]{0, 3}));

    static final int TILE = 150;
    static final int GAP = 8;
    private static final int LABEL_CHARACTERS = 16;

    @Inject
    InitiativeOverviewService overview;

    private String rows = "themas";
    private CoverageMatrix matrix;
    private List<Tile> tiles;

    /** One district on the map. */
    public record Tile(long id, String name, long initiatives, int x, int y, String fill, String textColour,
            List<String> label) {
    }

    /** A name in lines that fit a tile ("Bos- en" / "Gasthuisdistrict"). */
    static List<String> label(String name) {
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

    public CoverageMatrix getMatrix() {
        if (matrix == null) {
            matrix = overview.coverage(isAmbitions()
                    ? InitiativeOverviewService.Rows.AMBITIONS
                    : InitiativeOverviewService.Rows.THEMES);
        }
        return matrix;
    }

    public List<Tile> getTiles() {
        if (tiles == null) {
            tiles = new ArrayList<>();
            int extra = 0;
            for (DistrictCount district : overview.districts()) {
                int[] position = POSITIONS.get(district.name());
                if (position == null) {
                    // A district a beheerder added later: placed in a row below the known ones.
                    position = new int[]{extra++ % 4, 4 + extra / 4};
                }
                String[] colours = colours(district.initiatives());
                tiles.add(new Tile(district.id(), district.name(), district.initiatives(),
                        position[0] * (TILE + GAP), position[1] * (TILE + GAP), colours[0], colours[1],
                        label(district.name())));
            }
        }
        return tiles;
    }

    public int getMapWidth() {
        return getTiles().stream().mapToInt(Tile::x).max().orElse(0) + TILE;
    }

    public int getMapHeight() {
        return getTiles().stream().mapToInt(Tile::y).max().orElse(0) + TILE;
    }

    public int getTileSize() {
        return TILE;
    }

    /** Fill and text colour per number of initiatives; every pair has a contrast of at least 4.5:1. */
    static String[] colours(long initiatives) {
        if (initiatives == 0) {
            return new String[]{"#ffffff", "#1f1f1f"};
        }
        if (initiatives <= 2) {
            return new String[]{"#fee5d9", "#1f1f1f"};
        }
        if (initiatives <= 5) {
            return new String[]{"#fcae91", "#1f1f1f"};
        }
        if (initiatives <= 10) {
            return new String[]{"#b3121b", "#ffffff"};
        }
        return new String[]{"#67000d", "#ffffff"};
    }

    public boolean isAmbitions() {
        return "ambities".equals(rows);
    }

    public String getRows() {
        return rows;
    }

    public void setRows(String rows) {
        this.rows = rows;
    }
}
