package dev.techgraph.importer.extract;

import org.junit.jupiter.api.Test;

import static dev.techgraph.importer.extract.Extraction.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Verdicts of the one polarity stage, with invented names and sentences, in both directions. */
class PolarityPassTest {

    @Test
    void fewAsAQuantifierDeniesButAFewDoesNot() {
        assertThat(facts("Few teams use Zorblang for game development."))
                .contains("Zorblang SUITED_FOR game development negative")
                .doesNotContain("Zorblang SUITED_FOR game development positive");
        assertThat(facts("Very few studios pick Nimbel for serverless functions these days."))
                .contains("Nimbel SUITED_FOR serverless functions negative");
        assertThat(facts("A few teams use Zorblang for game development."))
                .contains("Zorblang SUITED_FOR game development positive");
        assertThat(facts("Teams use Zorblang for the few game development jobs that need it."))
                .doesNotContain("Zorblang SUITED_FOR game development negative");
    }

    @Test
    void aNegativeSuperlativeJudgesTheQualityNegatively() {
        assertThat(facts("Kestrel's community is the smallest of the four."))
                .contains("Kestrel HAS_TRAIT large community negative")
                .doesNotContain("Kestrel HAS_TRAIT large community positive");
        assertThat(facts("Falcon has the thinnest ecosystem of all of them."))
                .contains("Falcon HAS_TRAIT rich ecosystem negative");
        assertThat(facts("Sparrow's community is the largest of the four."))
                .contains("Sparrow HAS_TRAIT large community positive");
    }

    @Test
    void aJudgementAfterButOverridesTheOneBefore() {
        assertThat(facts("Sparrow's ecosystem is growing but still smaller than Falcon's."))
                .contains("Sparrow HAS_TRAIT rich ecosystem negative")
                .doesNotContain("Sparrow HAS_TRAIT rich ecosystem positive");
        assertThat(facts("Kestrel's community is active, but far smaller than the one around Falcon."))
                .contains("Kestrel HAS_TRAIT large community negative");
        assertThat(facts("Sparrow's ecosystem is growing quickly."))
                .contains("Sparrow HAS_TRAIT rich ecosystem positive");
    }

    @Test
    void whatATechnologyRemovesOrAvoidsItDoesNotHave() {
        assertThat(facts("Zorblang avoids concurrency altogether in its core library."))
                .contains("Zorblang HAS_TRAIT concurrency support negative")
                .doesNotContain("Zorblang HAS_TRAIT concurrency support positive");
        assertThat(facts("Nimbel eliminates the ecosystem question by shipping everything in one binary."))
                .contains("Nimbel HAS_TRAIT rich ecosystem negative");
        assertThat(facts("Nimbel removes the need for a large community of plugin authors."))
                .contains("Nimbel HAS_TRAIT large community negative");
        assertThat(facts("Zorblang has built-in concurrency in its core library."))
                .contains("Zorblang HAS_TRAIT concurrency support positive");
    }

    @Test
    void anOppositeFormDescribingTheSettingSaysNothingOfTheSubject() {
        assertThat(facts("Sparrow pages load quickly even on slow laptops."))
                .doesNotContain("Sparrow HAS_TRAIT high performance negative");
        assertThat(facts("Sparrow is slow on older laptops."))
                .contains("Sparrow HAS_TRAIT high performance negative");
    }

    @Test
    void aUseCaseJudgedNegativelyAsASubjectIsNotSuited() {
        assertThat(facts("Falcon's game development was the least pleasant part of our trial."))
                .contains("Falcon SUITED_FOR game development negative")
                .doesNotContain("Falcon SUITED_FOR game development positive");
        assertThat(facts("Kestrel is quick to set up, but its event processing is the worst part of the whole stack."))
                .contains("Kestrel SUITED_FOR event processing negative")
                .doesNotContain("Kestrel SUITED_FOR event processing positive");
        assertThat(facts("Falcon's game development is the best part of our trial."))
                .contains("Falcon SUITED_FOR game development positive");
    }

    @Test
    void aNegativePredicateAdjectiveAfterTheQualityJudgesIt() {
        assertThat(facts("Zorblang's concurrency is clunky."))
                .contains("Zorblang HAS_TRAIT concurrency support negative")
                .doesNotContain("Zorblang HAS_TRAIT concurrency support positive");
        assertThat(facts("Kestrel's ecosystem remains patchy outside of web work."))
                .contains("Kestrel HAS_TRAIT rich ecosystem negative");
        assertThat(facts("Sparrow's concurrency is hard to beat."))
                .contains("Sparrow HAS_TRAIT concurrency support positive")
                .doesNotContain("Sparrow HAS_TRAIT concurrency support negative");
    }

    @Test
    void aPastPerfectUseSetsTheSceneAndClaimsNothing() {
        assertThat(facts("Two squads had been using Zorblang for game development until last spring."))
                .doesNotContain("Zorblang SUITED_FOR game development positive");
        assertThat(facts("We had been running Kestrel for serverless functions, then the bills grew."))
                .doesNotContain("Kestrel SUITED_FOR serverless functions positive");
        assertThat(facts("Two squads use Zorblang for game development."))
                .contains("Zorblang SUITED_FOR game development positive");
    }

    @Test
    void notRulingSomethingOutIsNoDenial() {
        assertThat(facts("We are not ruling Zorblang out for game development next year."))
                .doesNotContain("Zorblang SUITED_FOR game development negative");
        assertThat(facts("The team is not ruling out Kestrel for serverless functions."))
                .doesNotContain("Kestrel SUITED_FOR serverless functions negative");
        assertThat(facts("We are not using Zorblang for game development."))
                .contains("Zorblang SUITED_FOR game development negative");
    }

    @Test
    void yetAsAnAdverbOfTimeKeepsTheDenialAndTheClause() {
        assertThat(facts("Falcon is young and not yet fast, and its community is small."))
                .contains("Falcon HAS_TRAIT high performance negative", "Falcon HAS_TRAIT large community negative")
                .doesNotContain("Falcon HAS_TRAIT high performance positive");
        assertThat(facts("Kestrel has yet to become fast on large inputs."))
                .contains("Kestrel HAS_TRAIT high performance negative")
                .doesNotContain("Kestrel HAS_TRAIT high performance positive");
        assertThat(facts("Sparrow is fast, yet its community is small."))
                .contains("Sparrow HAS_TRAIT high performance positive", "Sparrow HAS_TRAIT large community negative");
    }

    @Test
    void whatAVerbDamagesOrLagsBehindOnIsDenied() {
        assertThat(facts("Falcon is elegant, but its routing style hurts maintainability in big projects."))
                .contains("Falcon HAS_TRAIT maintainability negative")
                .doesNotContain("Falcon HAS_TRAIT maintainability positive");
        assertThat(facts("Kestrel's plugin model undermines simplicity."))
                .contains("Kestrel HAS_TRAIT simplicity negative");
        assertThat(facts("Sparrow still lags behind Falcon in concurrency."))
                .contains("Sparrow HAS_TRAIT concurrency support negative")
                .doesNotContain("Sparrow HAS_TRAIT concurrency support positive");
        assertThat(facts("Zorblang lags a little on input handling but is fast."))
                .contains("Zorblang HAS_TRAIT high performance positive");
    }

    @Test
    void aJudgingAdjectiveAfterButIsTheSameSubjectsPredicate() {
        assertThat(facts("Kestrel is great for serverless functions but weak at game development."))
                .contains("Kestrel SUITED_FOR serverless functions positive", "Kestrel SUITED_FOR game development negative")
                .doesNotContain("Kestrel SUITED_FOR game development positive");
        assertThat(facts("Falcon is powerful, but heavy for serverless functions."))
                .contains("Falcon SUITED_FOR serverless functions negative");
        assertThat(facts("Sparrow has weak typing, but it is great for game development."))
                .contains("Sparrow SUITED_FOR game development positive");
    }

    @Test
    void denyingAProblemDeniesNoQuality() {
        assertThat(facts("Kestrel has no problems with concurrency under load."))
                .contains("Kestrel HAS_TRAIT concurrency support positive")
                .doesNotContain("Kestrel HAS_TRAIT concurrency support negative");
        assertThat(facts("For game development, Falcon's concurrency is not the real issue."))
                .doesNotContain("Falcon HAS_TRAIT concurrency support negative", "Falcon SUITED_FOR game development negative");
        assertThat(facts("Kestrel has no concurrency at all."))
                .contains("Kestrel HAS_TRAIT concurrency support negative");
    }

    @Test
    void theQualityNamedAsTheDownsideIsDeniedAndNoVerdictNounBecomesATrait() {
        assertThat(facts("Falcon starts in a blink. The downside is concurrency."))
                .contains("Falcon HAS_TRAIT concurrency support negative")
                .noneMatch(f -> f.contains("downside"));
        assertThat(facts("Kestrel is pleasant to write. Its main drawback is concurrency."))
                .contains("Kestrel HAS_TRAIT concurrency support negative")
                .noneMatch(f -> f.contains("drawback"));
        assertThat(facts("Sparrow is pleasant to write. Its real strength is concurrency."))
                .doesNotContain("Sparrow HAS_TRAIT concurrency support negative")
                .noneMatch(f -> f.contains("strength"));
    }

    @Test
    void anOppositeFormAfterADenialWhoseScopeEndedStatesTheOpposite() {
        assertThat(facts("Few new hires know Falcon, it has a small community and slow builds."))
                .contains("Falcon HAS_TRAIT large community negative")
                .doesNotContain("Falcon HAS_TRAIT large community positive");
        assertThat(facts("Nobody on the team had used Kestrel before, and Kestrel is slower than Sparrow."))
                .contains("Kestrel HAS_TRAIT high performance negative")
                .doesNotContain("Kestrel HAS_TRAIT high performance positive");
        assertThat(facts("Sparrow is not slow."))
                .doesNotContain("Sparrow HAS_TRAIT high performance negative");
    }

    @Test
    void anUnknownPossessionJudgedByAKnownQualityIsOnlyItsTopic() {
        assertThat(facts("Zorblang's module system is deliberately simple."))
                .noneMatch(f -> f.contains("module system"));
        assertThat(facts("Nimbel's plugin registry is remarkably fast."))
                .noneMatch(f -> f.contains("plugin registry"));
        assertThat(facts("Kestrel's plugin registry is thin."))
                .contains("Kestrel HAS_TRAIT plugin registry negative")
                .doesNotContain("Kestrel HAS_TRAIT plugin registry positive");
        assertThat(facts("Falcon's plugin registry is huge."))
                .contains("Falcon HAS_TRAIT plugin registry positive");
    }
}
