package ng.korrect.catalog.constraint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sum of money: a finite number, zero or more. On the wire it is a JavaScript number, so it carries
 * the precision of an IEEE double.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Amount {
}
