package dev.filmgen.spring.boot.autoconfigure.internal;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@link Providers#online} says DashScope is used. */
public final class OnDashScopeCondition extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        if (context.getEnvironment().getProperty("filmgen.offline", Boolean.class, false)) {
            return ConditionOutcome.noMatch("filmgen.offline=true");
        }
        if (Providers.apiKey(context.getEnvironment()) == null) {
            return ConditionOutcome.noMatch("neither " + Providers.API_KEY_PROPERTY + " nor " + Providers.API_KEY_ENV
                    + " is set");
        }
        return Providers.online(context.getEnvironment(), context.getClassLoader())
                ? ConditionOutcome.match("a DashScope key is set") : ConditionOutcome.noMatch("filmgen-dashscope is absent");
    }
}
