package nl.leiden.healthysociety.web.initiative;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.service.initiative.CollaborationNetwork;
import nl.leiden.healthysociety.service.initiative.InitiativeOverviewService;

/**
 * The collaboration network, drawn on the server as SVG: organisations on a circle, a line for each pair that
 * shares initiatives, thicker for more. The strongest ties and the isolated organisations are also given as text.
 */
@Named
@RequestScoped
public class NetworkBacking {

    static final int SIZE = 720;
    private static final int RADIUS = 270;

    @Inject
    InitiativeOverviewService overview;

    private CollaborationNetwork network;
    private List<Point> points;
    private List<Line> lines;

    /** An organisation on the drawing, with where its label goes. */
    public record Point(long id, String name, long initiatives, long ties, double x, double y, double r,
            double labelX, double labelY, String anchor) {
    }

    /** A tie on the drawing, with the ids of both ends so the page can highlight an organisation's ties. */
    public record Line(long from, long to, long shared, double x1, double y1, double x2, double y2, double width) {
    }

    public CollaborationNetwork getNetwork() {
        if (network == null) {
            network = overview.network();
        }
        return network;
    }

    public List<Point> getPoints() {
        if (points == null) {
            List<CollaborationNetwork.Node> nodes = getNetwork().nodes();
            int count = Math.max(1, nodes.size());
            double centre = SIZE / 2.0;
            points = new java.util.ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                CollaborationNetwork.Node node = nodes.get(i);
                double angle = 2 * Math.PI * i / count - Math.PI / 2;
                double x = centre + RADIUS * Math.cos(angle);
                double y = centre + RADIUS * Math.sin(angle);
                double labelDistance = RADIUS + 14;
                points.add(new Point(node.id(), node.name(), node.initiatives(), node.ties(), round(x), round(y),
                        round(5 + 2 * Math.sqrt(node.initiatives())),
                        round(centre + labelDistance * Math.cos(angle)),
                        round(centre + labelDistance * Math.sin(angle) + 4), Math.cos(angle) < -0.1
                                ? "end"
                                : Math.cos(angle) > 0.1 ? "start" : "middle"));
            }
        }
        return points;
    }

    public List<Line> getLines() {
        if (lines == null) {
            Map<Long, Point> byId = new HashMap<>();
            getPoints().forEach(p -> byId.put(p.id(), p));
            lines = getNetwork().ties().stream().map(tie -> {
                Point a = byId.get(tie.from().id());
                Point b = byId.get(tie.to().id());
                return new Line(a.id(), b.id(), tie.shared(), a.x(), a.y(), b.x(), b.y(),
                        round(1 + 1.5 * (Math.log(tie.shared()) / Math.log(2))));
            }).toList();
        }
        return lines;
    }

    public int getSize() {
        return SIZE;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
