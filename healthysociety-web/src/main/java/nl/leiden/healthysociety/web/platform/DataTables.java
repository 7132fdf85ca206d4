package nl.leiden.healthysociety.web.platform;

import org.primefaces.component.datatable.DataTable;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

/** Helpers for PrimeFaces data tables shared by the list screens. */
public final class DataTables {

    private DataTables() {
    }

    /** A new search starts on the first page of the table with this client id. */
    public static void toFirstPage(String clientId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }
}
