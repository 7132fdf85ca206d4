package nl.leiden.healthysociety.service.audit;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRecreateEvent;
import org.hibernate.event.spi.PreCollectionRecreateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import jakarta.transaction.TransactionSynchronizationRegistry;
import nl.leiden.healthysociety.domain.shared.NotAudited;

/**
 * Writes the audit trail as Hibernate flushes: one entry per entity created, changed or removed, and one per
 * collection of an existing entity that changed (partners of an initiative, organisations of a question), in the
 * same transaction as the change itself, so the trail has exactly what was stored. Bulk updates in JPQL bypass it;
 * the services use them only for technical fields (the time of the last login, retention).
 */
final class AuditListener
        implements
            PostInsertEventListener,
            PostUpdateEventListener,
            PostDeleteEventListener,
            PreCollectionUpdateEventListener,
            PreCollectionRecreateEventListener,
            PreCollectionRemoveEventListener {

    private static final long serialVersionUID = 1L;

    /** Per session, the entities inserted in it: their collections are part of the creation's entry. */
    private final Map<SharedSessionContractImplementor, Set<Object>> inserted = Collections
            .synchronizedMap(new WeakHashMap<>());

    private final transient TransactionSynchronizationRegistry transactions;

    AuditListener(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (!audited(event.getPersister())) {
            return;
        }
        insertedIn(event.getSession()).add(event.getEntity());
        AuditChanges changes = new AuditChanges(event.getPersister().getMappedClass(), event.getSession());
        String[] names = event.getPersister().getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            changes.add(names[i], null, event.getState()[i]);
        }
        write(event.getSession(), event.getPersister(), event.getId(), AuditAction.CREATE, changes);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!audited(event.getPersister()) || event.getDirtyProperties() == null) {
            return;
        }
        AuditChanges changes = new AuditChanges(event.getPersister().getMappedClass(), event.getSession());
        String[] names = event.getPersister().getPropertyNames();
        for (int index : event.getDirtyProperties()) {
            changes.add(names[index], event.getOldState() == null ? null : event.getOldState()[index],
                    event.getState()[index]);
        }
        if (!changes.isEmpty()) {
            write(event.getSession(), event.getPersister(), event.getId(), AuditAction.UPDATE, changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (!audited(event.getPersister())) {
            return;
        }
        AuditChanges changes = new AuditChanges(event.getPersister().getMappedClass(), event.getSession());
        String[] names = event.getPersister().getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            changes.add(names[i], event.getDeletedState() == null ? null : event.getDeletedState()[i], null);
        }
        write(event.getSession(), event.getPersister(), event.getId(), AuditAction.DELETE, changes);
    }

    @Override
    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
        collectionChanged(event, before(event.getCollection()), after(event.getCollection()));
    }

    @Override
    public void onPreRecreateCollection(PreCollectionRecreateEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner != null && insertedIn(event.getSession()).contains(owner)) {
            return;
        }
        collectionChanged(event, List.of(), after(event.getCollection()));
    }

    @Override
    public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        EntityEntry entry = owner == null ? null : event.getSession().getPersistenceContextInternal().getEntry(owner);
        if (entry != null && (entry.getStatus() == Status.DELETED || entry.getStatus() == Status.GONE)) {
            return;
        }
        collectionChanged(event, before(event.getCollection()), List.of());
    }

    private void collectionChanged(AbstractCollectionEvent event, Collection<?> before, Collection<?> after) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner == null || event.getAffectedOwnerIdOrNull() == null) {
            return;
        }
        EntityPersister persister = event.getSession().getEntityPersister(event.getAffectedOwnerEntityName(), owner);
        if (!audited(persister)) {
            return;
        }
        String role = event.getCollection().getRole();
        AuditChanges changes = new AuditChanges(persister.getMappedClass(), event.getSession());
        changes.add(role.substring(role.lastIndexOf('.') + 1), before, after);
        if (!changes.isEmpty()) {
            write(event.getSession(), persister, event.getAffectedOwnerIdOrNull(), AuditAction.UPDATE, changes);
        }
    }

    private Set<Object> insertedIn(SharedSessionContractImplementor session) {
        return inserted.computeIfAbsent(session, key -> Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Collection<?> before(PersistentCollection<?> collection) {
        Object snapshot = collection.getStoredSnapshot();
        if (snapshot instanceof Map<?, ?> map) {
            return map.keySet();
        }
        return snapshot instanceof Collection<?> elements ? elements : List.of();
    }

    private static Collection<?> after(PersistentCollection<?> collection) {
        if (collection instanceof Map<?, ?> map) {
            return map.keySet();
        }
        return collection instanceof Collection<?> elements ? new ArrayList<>(elements) : List.of();
    }

    private static boolean audited(EntityPersister persister) {
        return !persister.getMappedClass().isAnnotationPresent(NotAudited.class);
    }

    private void write(EventSource session, EntityPersister persister, Object id, AuditAction action,
            AuditChanges changes) {
        String type = persister.getMappedClass().getSimpleName();
        String actor = AuditActor.current(transactions);
        String json = changes.toJson();
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_entry (entity_type,"
                    + " entity_id, action, actor, happened_at, changes) values (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, type);
                insert.setString(2, String.valueOf(id));
                insert.setString(3, action.name());
                insert.setString(4, actor);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.setString(6, json);
                insert.executeUpdate();
            }
        });
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
