package nl.leiden.healthysociety.web.initiative;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.service.initiative.CoverageMatrix;
import nl.leiden.healthysociety.service.initiative.DistrictCount;
import nl.leiden.healthysociety.service.initiative.InitiativeOverviewService;
import nl.leiden.healthysociety.web.platform.DistrictLayout;

/**
 * The overview page: the coverage matrix (themes or ambitions by area) and the map of districts. The map is a
 * schematic tile map drawn on the server as SVG: the intranet loads nothing from the internet.
 */
@Named
@RequestScoped
public class OverviewBacking {

    @Inject
    InitiativeOverviewService overview;

    private String rows = "themas";
    private CoverageMatrix matrix;
    private List<Tile> tiles;

    /** One district on the map. */
    public record Tile(long id, String name, long initiatives, int x, int y, String fill, String textColour,
            List<String> label) {
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
                int[] corner = DistrictLayout.corner(district.name(), DistrictLayout.known(district.name())
                        ? 0
                        : extra++);
                String[] colours = colours(district.initiatives());
                tiles.add(new Tile(district.id(), district.name(), district.initiatives(), corner[0], corner[1],
                        colours[0], colours[1], DistrictLayout.label(district.name())));
            }
        }
        return tiles;
    }

    public int getMapWidth() {
        return getTiles().stream().mapToInt(Tile::x).max().orElse(0) + DistrictLayout.TILE;
    }

    public int getMapHeight() {
        return getTiles().stream().mapToInt(Tile::y).max().orElse(0) + DistrictLayout.TILE;
    }

    public int getTileSize() {
        return DistrictLayout.TILE;
    }

    /** Fill and text colour per number of initiatives; every pair has a contrast of at least 4.5:1. */
    static String[] colours(long initiatives) {
        if (initiatives == 0) {
            return DistrictLayout.shade(0);
        }
        if (initiatives <= 2) {
            return DistrictLayout.shade(1);
        }
        if (initiatives <= 5) {
            return DistrictLayout.shade(2);
        }
        return DistrictLayout.shade(initiatives <= 10 ? 3 : 4);
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
