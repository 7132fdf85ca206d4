package nl.leiden.healthysociety.domain.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an entity: it is not business data and keeps no audit trail, such as a mail in the outbox or a login counter;
 * every other entity's creation, changes and removal are recorded. On a field: a value derived from others (a search
 * key) or the application's own bookkeeping (when a timer last reminded), which the trail leaves out.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface NotAudited {
}
