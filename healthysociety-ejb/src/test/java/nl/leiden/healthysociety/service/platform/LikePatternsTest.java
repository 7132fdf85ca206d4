package nl.leiden.healthysociety.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

    @Test
    void patternMatchesTheNormalisedTextAnywhere() {
        assertEquals("%financiele hulp%", LikePatterns.containing(" Financiële  Hulp"));
    }

    @Test
    void eachWordGetsItsOwnPattern() {
        assertEquals(java.util.List.of("%financiele%", "%stress%"), LikePatterns.eachWord(" Financiële  stress "));
        assertEquals(java.util.List.of(), LikePatterns.eachWord("  "));
    }

    @Test
    void wildcardsTypedByAPersonAreSearchedLiterally() {
        assertEquals("%100\\% zeker\\_nu\\\\%", LikePatterns.containing("100% zeker_nu\\"));
    }
}
