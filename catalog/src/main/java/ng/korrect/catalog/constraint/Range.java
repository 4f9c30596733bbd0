package ng.korrect.catalog.constraint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An integer field whose value lies between {@link #min()} and {@link #max()}, both included. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Range {
    /** The smallest allowed value. */
    int min() default Integer.MIN_VALUE;

    /** The largest allowed value. */
    int max() default Integer.MAX_VALUE;
}
