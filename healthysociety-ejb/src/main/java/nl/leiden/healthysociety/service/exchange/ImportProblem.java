package nl.leiden.healthysociety.service.exchange;

import java.io.Serializable;
import java.util.List;

/**
 * One thing wrong with an import row, as a message key and its arguments (the screen says it in the reader's
 * language). A blocking problem keeps the row out of the import; the others are warnings.
 */
public record ImportProblem(String messageKey, List<String> arguments, boolean blocking) implements Serializable {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem blocking(String key, String... arguments) {
        return new ImportProblem(key, List.of(arguments), true);
    }

    static ImportProblem warning(String key, String... arguments) {
        return new ImportProblem(key, List.of(arguments), false);
    }
}
