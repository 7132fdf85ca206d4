package nl.leiden.healthysociety.web.organisation;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.organisation.OrganisationQuery;
import nl.leiden.healthysociety.domain.organisation.OrganisationType;
import nl.leiden.healthysociety.service.organisation.OrganisationService;
import nl.leiden.healthysociety.web.platform.DataTables;

/** The list of organisations: search on name, filter on type, paged in the database. */
@Named
@ViewScoped
public class OrganisationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService service;

    private String text;
    private OrganisationType type;
    private boolean includeInactive;

    private final LazyDataModel<OrganisationRow> organisations = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, service().count(query()));
        }

        @Override
        public List<OrganisationRow> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            return service().search(query(), first, pageSize).stream().map(OrganisationRow::of).toList();
        }

        @Override
        public String getRowKey(OrganisationRow row) {
            return Long.toString(row.id());
        }
    };

    /** A new search starts on the first page. */
    public void search() {
        DataTables.toFirstPage("search:table");
    }

    private OrganisationService service() {
        return service;
    }

    private OrganisationQuery query() {
        return new OrganisationQuery(text, type, includeInactive);
    }

    public LazyDataModel<OrganisationRow> getOrganisations() {
        return organisations;
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }
}
