package nl.leiden.healthysociety.domain.question;

/** Who asks a question: name, e-mail address, what kind of asker, and optionally their organisation. */
public record Asker(String name, String email, AskerKind kind, String organisation) {

    @Override
    public String toString() {
        return "Asker[" + kind + "]";
    }
}
