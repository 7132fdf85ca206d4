package nl.leiden.healthysociety.web.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

/**
 * Calls methods named in expressions ({@code #{dates.period(m.startsAt, m.endsAt)}}, {@code #{m.full()}}) with the
 * method looked up once per class, name and number of arguments. The standard resolver asks the class for all its
 * public methods (a fresh copy of each) on every call: a tenth of the time of rendering the public calendar. Only a
 * method that is the one public method of that name and arity of a public class is handled here; anything else
 * (overloads, varargs) is left to the standard resolver.
 */
public class MethodCallELResolver extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null) {
            return null;
        }
        int arity = params == null ? 0 : params.length;
        Method found = METHODS.get(base.getClass())
                .computeIfAbsent(method + "/" + arity, key -> unique(base.getClass(), method.toString(), arity))
                .orElse(null);
        if (found == null) {
            return null;
        }
        Class<?>[] types = found.getParameterTypes();
        Object[] arguments = new Object[arity];
        for (int i = 0; i < arity; i++) {
            arguments[i] = context.convertToType(params[i], types[i]);
        }
        context.setPropertyResolved(base, method);
        try {
            return found.invoke(base, arguments);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    private static Optional<Method> unique(Class<?> type, String name, int arity) {
        Method match = null;
        for (Method candidate : type.getMethods()) {
            if (candidate.getName().equals(name) && candidate.getParameterCount() == arity && !candidate.isBridge()) {
                if (match != null || candidate.isVarArgs()) {
                    return Optional.empty();
                }
                match = candidate;
            }
        }
        boolean callable = match != null && Modifier.isPublic(match.getDeclaringClass().getModifiers());
        return callable ? Optional.of(match) : Optional.empty();
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Properties are for the other resolvers.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
