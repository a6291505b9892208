package dev.structview.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Fails each test of the class that leaves structview resources unreleased: {@link LeakCheck}, run
 * {@linkplain Isolated isolated} from other tests when JUnit runs tests in parallel, so that what
 * another test acquires meanwhile is never blamed on this one.
 *
 * <pre>{@code
 * @CheckLeaks
 * class ParserTest { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(LeakCheck.class)
@Isolated
public @interface CheckLeaks {}
