package nl.leiden.healthysociety.web.account;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.service.account.AccountService;
import nl.leiden.healthysociety.service.account.AccountView;
import nl.leiden.healthysociety.web.platform.Feedback;

/** The accounts, paged in the database, with disabling and re-enabling. */
@Named
@ViewScoped
public class AccountListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService service;

    @Inject
    Feedback feedback;

    private final LazyDataModel<AccountView> accounts = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, service.count());
        }

        @Override
        public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            return service.list(first, pageSize);
        }

        @Override
        public String getRowKey(AccountView row) {
            return Long.toString(row.id());
        }
    };

    public void disable(long id) {
        try {
            AccountView account = service.disable(id);
            feedback.info("page.accounts.disabled", account.username());
        } catch (BusinessException e) {
            feedback.show(e, Map.of());
        }
    }

    public void enable(long id) {
        try {
            AccountView account = service.enable(id);
            feedback.info("page.accounts.enabled", account.username());
        } catch (BusinessException e) {
            feedback.show(e, Map.of());
        }
    }

    public LazyDataModel<AccountView> getAccounts() {
        return accounts;
    }
}
