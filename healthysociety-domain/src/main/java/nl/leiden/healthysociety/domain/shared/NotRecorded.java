package nl.leiden.healthysociety.domain.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field whose values the audit trail does not keep: personal data of registrants and people asking questions
 * (which must be erasable, and is kept only as long as needed), and secrets. The trail records that it changed,
 * not what it held.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NotRecorded {
}
