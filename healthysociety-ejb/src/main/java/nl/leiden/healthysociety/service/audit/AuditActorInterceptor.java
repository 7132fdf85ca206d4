package nl.leiden.healthysociety.service.audit;

import java.security.Principal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Notes, with the transaction, who called the first service method in it: the audit trail reads it when Hibernate
 * flushes, which may be when the container commits, after the method has returned. Bound to every EJB in
 * ejb-jar.xml.
 */
public class AuditActorInterceptor {

    @Resource
    EJBContext context;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object call(InvocationContext invocation) throws Exception {
        note();
        return invocation.proceed();
    }

    private void note() {
        if (transactions.getTransactionKey() == null || transactions.getResource(AuditActor.KEY) != null) {
            return;
        }
        Principal caller = context.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        if (name != null && !name.isBlank() && !"ANONYMOUS".equalsIgnoreCase(name)) {
            transactions.putResource(AuditActor.KEY, name);
        }
    }
}
