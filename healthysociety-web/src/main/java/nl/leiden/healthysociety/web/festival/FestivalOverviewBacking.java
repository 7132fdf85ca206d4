package nl.leiden.healthysociety.web.festival;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.festival.EditionView;
import nl.leiden.healthysociety.service.festival.FestivalService;
import nl.leiden.healthysociety.service.festival.ProposalService;
import nl.leiden.healthysociety.service.festival.ProposalView;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * The festival on the intranet: one edition (the newest unless another is chosen), whether its call is open, and
 * the proposals the caller may see: a partner its own organisation's, the Center's staff all of them.
 */
@Named
@ViewScoped
public class FestivalOverviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FestivalService festivals;

    @Inject
    ProposalService proposals;

    private Long editionId;
    private List<EditionView> editions;
    private EditionView edition;
    private List<ProposalView> list;

    public void load() throws IOException {
        editions = festivals.editions();
        if (editions.isEmpty()) {
            return;
        }
        try {
            edition = editionId == null ? editions.get(0) : festivals.edition(editionId);
            list = proposals.proposals(edition.id());
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    public List<EditionView> getEditions() {
        return editions;
    }

    public EditionView getEdition() {
        return edition;
    }

    public List<ProposalView> getProposals() {
        return list;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }
}
