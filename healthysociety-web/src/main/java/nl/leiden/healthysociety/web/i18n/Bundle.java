package nl.leiden.healthysociety.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.FieldError;

/**
 * The one resource bundle of the application. Screens use it through the {@code msg} variable; beans and REST
 * resources through this class. Keys: {@code page.<page>.<key>}, {@code field.<name>}, {@code validation.*},
 * {@code error.*}, {@code <EnumType>.<CONSTANT>}.
 */
public final class Bundle {

    public static final String BASE_NAME = "nl.leiden.healthysociety.web.i18n.messages";
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

    private static final Pattern NAMED_ARGUMENT = Pattern.compile("\\{([a-zA-Z]+)\\}");

    private final ResourceBundle bundle;

    private Bundle(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle for a locale; anything but English gets Dutch. */
    public static Bundle forLocale(Locale locale) {
        Locale supported = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Locale.ENGLISH
                : DUTCH;
        return new Bundle(ResourceBundle.getBundle(BASE_NAME, supported, Bundle.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The text for a key with positional arguments ({0}, {1}); the key itself if the bundle lacks it. */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public String text(BusinessException exception) {
        return text(exception.getMessageKey(), exception.getArguments().toArray());
    }

    /** A field error's text, with named values such as {max} filled in. */
    public String text(FieldError error) {
        String pattern = text(error.messageKey());
        Map<String, Object> attributes = error.attributes();
        Matcher matcher = NAMED_ARGUMENT.matcher(pattern);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            Object value = attributes.get(matcher.group(1));
            matcher.appendReplacement(result,
                    Matcher.quoteReplacement(value == null ? matcher.group() : value.toString()));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** The screen name of an enum constant ({@code OrganisationType.ZORG}). */
    public String text(Enum<?> constant) {
        return text(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }
}
