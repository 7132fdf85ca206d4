package nl.leiden.healthysociety.service.initiative;

import java.io.Serializable;
import java.util.List;

import nl.leiden.healthysociety.service.reference.Named;

/**
 * Who works with whom: organisations linked by the current initiatives they share.
 *
 * @param nodes the organisations shown, most connected first, with how many initiatives they take part in
 * @param ties links between shown organisations, strongest first
 * @param strongestTies the strongest ties in the whole network, for the text summary
 * @param isolated active organisations that share no current initiative with anyone
 * @param organisationsInNetwork how many organisations have at least one tie (more than are shown, in a big city)
 */
public record CollaborationNetwork(List<Node> nodes, List<Tie> ties, List<Tie> strongestTies, List<Named> isolated,
        int organisationsInNetwork) implements Serializable {

    /** An organisation and the number of current initiatives it takes part in. */
    public record Node(long id, String name, long initiatives, long ties) implements Serializable {
    }

    /** Two organisations and the number of current initiatives they share. */
    public record Tie(Named from, Named to, long shared) implements Serializable {
    }
}
