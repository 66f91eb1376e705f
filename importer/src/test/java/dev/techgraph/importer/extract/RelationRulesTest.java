package dev.techgraph.importer.extract;

import dev.techgraph.model.Kind;
import dev.techgraph.model.doc.DocumentGraph;
import dev.techgraph.model.doc.EntityRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.techgraph.importer.extract.Extraction.extract;
import static dev.techgraph.importer.extract.Extraction.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Each relation rule on sentences written for the test, in both polarities, with invented names. */
class RelationRulesTest {

    @Test
    void writtenInStatedExplicitlyIsPositive() {
        DocumentGraph graph = extract("Quill is a web framework written in Nimbel.");
        assertThat(facts(graph)).contains("Quill WRITTEN_IN Nimbel positive");
        assertThat(graph.entities()).extracting(EntityRecord::name, EntityRecord::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("Quill", Kind.FRAMEWORK));
    }

    @Test
    void writtenInNegatedIsNegativeAndNeverPositive() {
        assertThat(facts("Quill is a web framework. Quill is not written in Nimbel."))
                .contains("Quill WRITTEN_IN Nimbel negative")
                .doesNotContain("Quill WRITTEN_IN Nimbel positive");
    }

    @Test
    void languageFrameworksLikeListDistributes() {
        assertThat(facts("Nimbel frameworks like Quill and Heron keep growing."))
                .contains("Quill WRITTEN_IN Nimbel positive", "Heron WRITTEN_IN Nimbel positive");
    }

    @Test
    void languageRuntimeKindPhraseStatesWhereTheLanguageRuns() {
        assertThat(facts("Quasar is a Zorblang runtime built for speed."))
                .contains("Zorblang RUNS_ON Quasar positive");
    }

    @Test
    void compilesToNamesTargetAndSourceLanguage() {
        assertThat(facts("Transpo compiles Nimbel code into Zorblang."))
                .contains("Transpo COMPILES_TO Zorblang positive", "Transpo WRITTEN_IN Nimbel positive");
        assertThat(facts("Transpo does not compile Nimbel to Zorblang."))
                .contains("Transpo COMPILES_TO Zorblang negative")
                .doesNotContain("Transpo COMPILES_TO Zorblang positive");
    }

    @Test
    void runsOnBothPolaritiesAndTheContrastingLanguage() {
        assertThat(facts("Nimbel runs on Vortex.")).containsExactly("Nimbel RUNS_ON Vortex positive");
        assertThat(facts("Zorblang does not run natively in Vortex like Nimbel."))
                .contains("Zorblang RUNS_ON Vortex negative", "Nimbel RUNS_ON Vortex positive")
                .doesNotContain("Zorblang RUNS_ON Vortex positive");
    }

    @Test
    void suitedForFollowsNegationHedgesAndPseudoNegation() {
        assertThat(facts("Nimbel is ideal for game development."))
                .containsExactly("Nimbel SUITED_FOR game development positive");
        assertThat(facts("Nimbel is rarely used for game development."))
                .containsExactly("Nimbel SUITED_FOR game development negative");
        assertThat(facts("Nimbel is not only for game development."))
                .containsExactly("Nimbel SUITED_FOR game development positive");
        assertThat(facts("Nimbel support for game development is limited."))
                .containsExactly("Nimbel SUITED_FOR game development negative");
    }

    @Test
    void aConditionNamedAfterAModalPositiveIsItsQualifier() {
        DocumentGraph hedged = extract("Nimbel can handle game development with async libraries, yet Zorblang is the usual pick.");
        assertThat(hedged.relations()).filteredOn(r -> r.type() == dev.techgraph.model.RelationType.SUITED_FOR)
                .extracting(r -> r.polarity().value(), r -> r.qualifier())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("positive", "with async libraries"));
        DocumentGraph plain = extract("Nimbel is ideal for game development with Zorblang.");
        assertThat(plain.relations()).filteredOn(r -> r.type() == dev.techgraph.model.RelationType.SUITED_FOR)
                .extracting(r -> r.qualifier()).containsOnlyNulls();
    }

    @Test
    void somethingConcededToExistForATechnologyIsNoClaimThatItSuits() {
        assertThat(facts("Game development libraries exist for Nimbel, but few studios ever ship with them."))
                .doesNotContain("Nimbel SUITED_FOR game development positive");
        assertThat(facts("Nimbel is ideal for game development, but few studios know it."))
                .contains("Nimbel SUITED_FOR game development positive");
    }

    @Test
    void questionsAndWhetherClausesStateNothing() {
        assertThat(facts("Is Nimbel good for game development?")).isEmpty();
        assertThat(facts("People ask whether Nimbel is good for game development.")).isEmpty();
    }

    @Test
    void concessiveHedgeDropsThePositiveButKeepsTheMainClause() {
        assertThat(facts("While Nimbel can be used for front end development, it excels at back end development."))
                .contains("Nimbel SUITED_FOR back end development positive")
                .doesNotContain("Nimbel SUITED_FOR front end development positive");
    }

    @Test
    void listsOfUseCasesDistributeAndStatePartOf() {
        assertThat(facts("Nimbel is great for real-time applications like live chat or gaming servers."))
                .contains("Nimbel SUITED_FOR real-time applications positive",
                        "Nimbel SUITED_FOR live chat applications positive",
                        "Nimbel SUITED_FOR gaming servers positive",
                        "live chat applications PART_OF real-time applications positive",
                        "gaming servers PART_OF real-time applications positive");
    }

    @Test
    void comparativeStatesComparisonAndTheOppositeTrait() {
        assertThat(facts("Zorblang is slower than Nimbel."))
                .contains("Zorblang HAS_TRAIT high performance negative", "Nimbel COMPARED_WITH Zorblang positive")
                .doesNotContain("Zorblang HAS_TRAIT high performance positive");
        assertThat(facts("Zorblang is faster than Nimbel."))
                .contains("Zorblang HAS_TRAIT high performance positive")
                .doesNotContain("Nimbel HAS_TRAIT high performance positive");
    }

    @Test
    void versusHeadingComparesAndDistributesTheUseCase() {
        assertThat(facts("Nimbel vs Zorblang for back end development"))
                .contains("Nimbel COMPARED_WITH Zorblang positive", "Nimbel SUITED_FOR back end development positive",
                        "Zorblang SUITED_FOR back end development positive");
    }

    @Test
    void usedWithPairingAndInsteadOf() {
        assertThat(facts("Nimbel combined with Vortex is fast."))
                .contains("Nimbel USED_WITH Vortex positive", "Nimbel HAS_TRAIT high performance positive");
        assertThat(facts("Transpo is a tool. Instead of Vortex it uses Quasar."))
                .contains("Quasar USED_WITH Transpo positive", "Transpo USED_WITH Vortex negative")
                .doesNotContain("Transpo USED_WITH Vortex positive");
    }

    @Test
    void pronounResolvesToTheSingleCurrentSubject() {
        assertThat(facts("Nimbel is a small language. It is known for its simplicity."))
                .contains("Nimbel HAS_TRAIT simplicity positive");
        assertThat(facts("Nimbel and Zorblang are languages.\nIt is known for its simplicity.")).isEmpty();
    }

    @Test
    void vocabularyHintNeedsTheLanguageInTheSentence() {
        assertThat(facts("Sparrow is popular with Nimbel developers.")).contains("Sparrow WRITTEN_IN Nimbel positive");
        assertThat(facts("Sparrow is popular.")).isEmpty();
        assertThat(facts("Sparrow is not popular with Nimbel developers."))
                .doesNotContain("Sparrow WRITTEN_IN Nimbel positive");
    }

    @Test
    void everyRelationHasEvidenceRulesAndKnownEndpoints() {
        DocumentGraph graph = extract("""
                Nimbel vs Zorblang for back end development
                Nimbel frameworks like Quill are fast. Transpo compiles Nimbel to Zorblang, and it is simple.
                Zorblang does not run in Vortex like Nimbel.
                """);
        var refs = graph.entities().stream().map(EntityRecord::ref).toList();
        assertThat(graph.relations()).isNotEmpty().allSatisfy(r -> {
            assertThat(refs).contains(r.source(), r.target());
            assertThat(r.sentences()).isNotEmpty();
            assertThat(r.rules()).isNotEmpty();
        });
    }

    @Test
    void neutralConceptNeedsAnEvaluationThatAlsoSetsPolarity() {
        assertThat(facts("Sparrow extends the community.")).isEmpty();
        assertThat(facts("Sparrow has a huge community.")).containsExactly("Sparrow HAS_TRAIT large community positive");
        assertThat(facts("Sparrow has a smaller community."))
                .containsExactly("Sparrow HAS_TRAIT large community negative");
        assertThat(facts("Sparrow is simple, but its startup time and footprint are heavier."))
                .contains("Sparrow HAS_TRAIT fast startup negative")
                .doesNotContain("Sparrow HAS_TRAIT fast startup positive");
    }

    @Test
    void thereTakesTheUseCasesOfThePreviousClause() {
        assertThat(facts("Zorblang is not a good choice for machine learning; Nimbel remains the go-to language there."))
                .contains("Zorblang SUITED_FOR machine learning negative", "Nimbel SUITED_FOR machine learning positive");
        assertThat(facts("Zorblang is a good choice for machine learning; Nimbel is not the go-to language there."))
                .contains("Zorblang SUITED_FOR machine learning positive", "Nimbel SUITED_FOR machine learning negative")
                .doesNotContain("Nimbel SUITED_FOR machine learning positive");
    }

    @Test
    void overkillNegatesTheUseCase() {
        assertThat(facts("Sparrow is overkill for games.")).containsExactly("Sparrow SUITED_FOR game development negative");
        assertThat(facts("Sparrow is great for games.")).containsExactly("Sparrow SUITED_FOR game development positive");
    }

    @Test
    void althoughClauseWithoutTechnologyLendsNothingToTheMainSubject() {
        assertThat(facts("Sparrow is fast, although the community is smaller than Zorblang's."))
                .contains("Sparrow HAS_TRAIT high performance positive")
                .doesNotContain("Sparrow HAS_TRAIT large community negative", "Sparrow COMPARED_WITH Zorblang positive");
    }

    @Test
    void secondTechnologyWithItsOwnVerbStartsANewClause() {
        assertThat(facts("Nimbel code runs on Vortex, and Zorblang code runs on Quasar."))
                .contains("Nimbel RUNS_ON Vortex positive", "Zorblang RUNS_ON Quasar positive")
                .doesNotContain("Nimbel RUNS_ON Quasar positive");
        assertThat(facts("Nimbel code runs on Vortex, and Zorblang code does not run on Quasar."))
                .contains("Nimbel RUNS_ON Vortex positive", "Zorblang RUNS_ON Quasar negative")
                .doesNotContain("Zorblang RUNS_ON Quasar positive", "Nimbel RUNS_ON Quasar negative");
    }

    @Test
    void comparisonOfPairedGroupsWeighsOnlyLikeWithLike() {
        assertThat(facts("Sparrow with Nimbel is faster than Falcon with Zorblang."))
                .contains("Falcon COMPARED_WITH Sparrow positive", "Nimbel COMPARED_WITH Zorblang positive")
                .doesNotContain("Nimbel COMPARED_WITH Falcon positive", "Sparrow COMPARED_WITH Zorblang positive");
        assertThat(facts("Nimbel and Sparrow vs Zorblang: which one?"))
                .contains("Nimbel COMPARED_WITH Zorblang positive", "Sparrow COMPARED_WITH Zorblang positive")
                .doesNotContain("Nimbel COMPARED_WITH Sparrow positive");
        assertThat(facts("Sparrow has a learning curve that is steeper than that of Falcon."))
                .contains("Falcon COMPARED_WITH Sparrow positive");
    }

    @Test
    void neitherPlatformMeansTheTechnologiesTheTitleCompares() {
        String title = "Sparrow vs Falcon: a field report\n\nWe shipped Kestrel and Quasar too.\n\n";
        assertThat(facts(title + "Neither platform is ideal for serverless functions."))
                .contains("Sparrow SUITED_FOR serverless functions negative",
                        "Falcon SUITED_FOR serverless functions negative")
                .doesNotContain("Sparrow SUITED_FOR serverless functions positive",
                        "Kestrel SUITED_FOR serverless functions negative");
        assertThat(facts(title + "Both are ideal for serverless functions."))
                .contains("Sparrow SUITED_FOR serverless functions positive",
                        "Falcon SUITED_FOR serverless functions positive")
                .doesNotContain("Kestrel SUITED_FOR serverless functions positive");
        assertThat(facts(title + "Neither language is ideal for serverless functions."))
                .doesNotContain("Sparrow SUITED_FOR serverless functions negative");
    }

    @Test
    void bothBeforeNamesIsNoReference() {
        assertThat(facts("Kestrel and Quasar matter. Startup on both the Vortex VM and Sparrow is fast."))
                .doesNotContain("Kestrel HAS_TRAIT high performance positive");
    }

    @Test
    void companionForAnotherTechnologyIsUsedWithIt() {
        assertThat(facts("Each one has a companion: Kestrel for Sparrow, Heron for Falcon."))
                .contains("Kestrel USED_WITH Sparrow positive");
        assertThat(facts("Kestrel is not for Sparrow.")).doesNotContain("Kestrel USED_WITH Sparrow positive");
        assertThat(facts("Sparrow for Nimbel is popular.")).doesNotContain("Sparrow USED_WITH Nimbel positive");
    }

    @Test
    void compilerThatTurnsComponentsIntoALanguageCompilesToIt() {
        assertThat(facts("Kestrel is a compiler that turns components into plain Zorblang at build time."))
                .contains("Kestrel COMPILES_TO Zorblang positive");
        assertThat(facts("Kestrel does not turn components into Zorblang."))
                .doesNotContain("Kestrel COMPILES_TO Zorblang positive");
    }

    @Test
    void unknownFrameworkListedInAOneLanguageParagraphIsWrittenInIt() {
        assertThat(facts("Nimbel keeps growing. Frameworks like Quill and Heron extend the ecosystem."))
                .contains("Quill WRITTEN_IN Nimbel positive", "Heron WRITTEN_IN Nimbel positive");
        assertThat(facts("Nimbel and Zorblang keep growing. Frameworks like Quill and Heron extend the ecosystem."))
                .doesNotContain("Quill WRITTEN_IN Nimbel positive", "Quill WRITTEN_IN Zorblang positive");
        assertThat(facts("Nimbel keeps growing. Frameworks like Quill are not used much."))
                .doesNotContain("Quill WRITTEN_IN Nimbel positive");
    }

    @Test
    void technologyOnAnotherTechnologysSideBelongsToIt() {
        assertThat(facts("On the Sparrow side, Kestrel is the real game changer."))
                .contains("Kestrel USED_WITH Sparrow positive");
        assertThat(facts("On the Nimbel side, Kestrel and Falcon are the main choices."))
                .contains("Kestrel WRITTEN_IN Nimbel positive", "Falcon WRITTEN_IN Nimbel positive");
        assertThat(facts("On the Sparrow side, Kestrel is not used much."))
                .doesNotContain("Kestrel USED_WITH Sparrow positive");
    }

    @Test
    void comparisonThanWhatTheOtherNeeds() {
        assertThat(facts("Sparrow needs more memory than what Falcon needs."))
                .contains("Falcon COMPARED_WITH Sparrow positive");
    }

    @Test
    void quantifiedNounPhraseAfterCommaAndHasItsOwnVerb() {
        assertThat(facts("Kestrel remains a niche choice, and most teams still use Sparrow or Falcon."))
                .doesNotContain("Kestrel USED_WITH Sparrow positive", "Kestrel USED_WITH Falcon positive");
        assertThat(facts("Kestrel is small, and uses Sparrow under the hood."))
                .contains("Kestrel USED_WITH Sparrow positive");
    }

    @Test
    void headingAboutOneTechnologyLendsItToThePronounBelow() {
        assertThat(facts("The case for Sparrow\n\nIt is ideal for game development."))
                .contains("Sparrow SUITED_FOR game development positive");
        assertThat(facts("The case for Sparrow\n\nIt is not ideal for game development."))
                .contains("Sparrow SUITED_FOR game development negative")
                .doesNotContain("Sparrow SUITED_FOR game development positive");
        assertThat(facts("Sparrow and Falcon\n\nIt is ideal for game development.")).isEmpty();
    }

    @Test
    void notAsAdjectiveAsNegatesTheEvaluatedConcept() {
        assertThat(facts("Quill is a web framework. Quill's ecosystem is not as mature as Nimbel's."))
                .contains("Quill HAS_TRAIT rich ecosystem negative")
                .doesNotContain("Quill HAS_TRAIT rich ecosystem positive", "Quill HAS_TRAIT maturity positive");
        assertThat(facts("Quill is a web framework. Quill's ecosystem is mature."))
                .contains("Quill HAS_TRAIT rich ecosystem positive")
                .doesNotContain("Quill HAS_TRAIT rich ecosystem negative");
    }

    @Test
    void useCaseModifyingANegativelyJudgedSubjectStatesNothingPositive() {
        List<String> facts = facts("Nimbel is a language. Yet the ML ecosystem that grew up around it is not as mature as Zorblang's.");
        assertThat(facts).contains("Nimbel HAS_TRAIT rich ecosystem negative")
                .doesNotContain("Nimbel SUITED_FOR machine learning positive", "Nimbel HAS_TRAIT rich ecosystem positive");
    }

    @Test
    void nicheAsPredicateIsNegativeNeverPositive() {
        assertThat(facts("For production machine learning, Nimbel is still niche."))
                .containsExactly("Nimbel SUITED_FOR machine learning negative");
        assertThat(facts("Nimbel remains a niche choice for game development."))
                .containsExactly("Nimbel SUITED_FOR game development negative");
        assertThat(facts("Nimbel has a niche but loyal following in game development."))
                .doesNotContain("Nimbel SUITED_FOR game development positive");
        assertThat(facts("For production machine learning, Nimbel is the standard."))
                .contains("Nimbel SUITED_FOR machine learning positive");
    }

    @Test
    void conditionOfAComparisonIsNotTheComparedTrait() {
        assertThat(facts("Zorblang is slower than Nimbel under heavy concurrency, and it uses more memory."))
                .contains("Zorblang HAS_TRAIT high performance negative", "Nimbel COMPARED_WITH Zorblang positive")
                .doesNotContain("Zorblang HAS_TRAIT concurrency support positive");
        assertThat(facts("Under heavy traffic, Zorblang is slower than Nimbel."))
                .doesNotContain("Zorblang SUITED_FOR heavy traffic positive");
        assertThat(facts("Zorblang has better concurrency than Nimbel."))
                .contains("Zorblang HAS_TRAIT concurrency support positive");
    }

    @Test
    void weaknessesDownsidesAndShortfallsAreNegative() {
        assertThat(facts("Nimbel's weakness is concurrency.")).containsExactly("Nimbel HAS_TRAIT concurrency support negative");
        assertThat(facts("The downside of Nimbel is concurrency.")).containsExactly("Nimbel HAS_TRAIT concurrency support negative");
        assertThat(facts("Nimbel falls short on concurrency.")).containsExactly("Nimbel HAS_TRAIT concurrency support negative");
        assertThat(facts("Nimbel struggles with concurrency.")).containsExactly("Nimbel HAS_TRAIT concurrency support negative");
        assertThat(facts("Nimbel copes badly with concurrency.")).containsExactly("Nimbel HAS_TRAIT concurrency support negative");
        assertThat(facts("Nimbel is a language. The weak spot is concurrency: threads are awkward."))
                .doesNotContain("Nimbel HAS_TRAIT concurrency support positive");
        assertThat(facts("Nimbel's strength is concurrency.")).doesNotContain("Nimbel HAS_TRAIT concurrency support negative");
    }

    @Test
    void poorFitNotIdealAndRarelyUsedAreNegative() {
        assertThat(facts("Nimbel is a poor fit for game development."))
                .containsExactly("Nimbel SUITED_FOR game development negative");
        assertThat(facts("Nimbel isn't ideal for game development."))
                .containsExactly("Nimbel SUITED_FOR game development negative");
        assertThat(facts("Nimbel is a good fit for game development."))
                .containsExactly("Nimbel SUITED_FOR game development positive");
        assertThat(facts("Nimbel lacks concurrency.")).containsExactly("Nimbel HAS_TRAIT concurrency support negative");
        assertThat(facts("Nimbel is far from ideal for game development."))
                .containsExactly("Nimbel SUITED_FOR game development negative");
        assertThat(facts("Nimbel is ill-suited for game development."))
                .containsExactly("Nimbel SUITED_FOR game development negative");
        assertThat(facts("Nimbel is less suited to game development."))
                .containsExactly("Nimbel SUITED_FOR game development negative");
    }

    @Test
    void useCaseAsTheSubjectIsJudgedItselfNotTheTechnology() {
        assertThat(facts("Nimbel is a language. Plain serverless functions are not ideal for game development,"
                + " because the Nimbel runtime starts slowly."))
                .noneMatch(f -> f.contains("SUITED_FOR"));
        assertThat(facts("Nimbel is a language. For serverless functions it is not ideal."))
                .containsExactly("Nimbel SUITED_FOR serverless functions negative");
    }

    @Test
    void qualityModifyingAUseCaseIsNoTraitOfTheTechnology() {
        assertThat(facts("Nimbel is overkill for simple game development."))
                .containsExactly("Nimbel SUITED_FOR game development negative");
        assertThat(facts("Nimbel is simple and great for game development."))
                .contains("Nimbel HAS_TRAIT simplicity positive", "Nimbel SUITED_FOR game development positive");
    }

    @Test
    void languageOrGenericAdjectiveOnTheKindWordIsNoUseCase() {
        assertThat(facts("Kestrel is a minimal Nimbel framework.")).noneMatch(f -> f.contains("SUITED_FOR"));
    }

    @Test
    void usedAlongsideOrOnTopOfAnotherTechnologyIsUsedWithIt() {
        assertThat(facts("Kestrel is often used alongside Sparrow.")).contains("Kestrel USED_WITH Sparrow positive");
        assertThat(facts("Kestrel sits on top of Sparrow.")).contains("Kestrel USED_WITH Sparrow positive");
        assertThat(facts("Kestrel integrates with Sparrow.")).contains("Kestrel USED_WITH Sparrow positive");
        assertThat(facts("Kestrel is never used together with Sparrow."))
                .doesNotContain("Kestrel USED_WITH Sparrow positive");
    }

    @Test
    void aFrameworkForATechnologyOrCallingItsLibrariesIsUsedWithIt() {
        assertThat(facts("Kestrel is the oldest and best known web framework for Quasar."))
                .contains("Kestrel USED_WITH Quasar positive");
        assertThat(facts("Zorblang can call both Nimbel and Tessel libraries directly."))
                .contains("Nimbel USED_WITH Zorblang positive", "Tessel USED_WITH Zorblang positive");
        assertThat(facts("Zorblang cannot call Nimbel libraries at all."))
                .doesNotContain("Nimbel USED_WITH Zorblang positive");
    }

    @Test
    void whatATechnologyIsInstalledThroughOrBuiltOnIsUsedWithIt() {
        assertThat(facts("Kestrel is usually installed through Transpo on a developer laptop."))
                .contains("Kestrel USED_WITH Transpo positive");
        assertThat(facts("Sparrow is built on several Kestrel modules for routing."))
                .contains("Kestrel USED_WITH Sparrow positive");
    }

    @Test
    void whatIsPairedWithATechnologyIsUsedWithIt() {
        assertThat(facts("Sparrow is the framework our agency knows best. We often pair it with Kestrel for the admin screens."))
                .contains("Kestrel USED_WITH Sparrow positive");
        assertThat(facts("Most small shops pair Falcon with Kestrel for their back offices."))
                .contains("Falcon USED_WITH Kestrel positive");
        assertThat(facts("Nobody should pair Falcon with Kestrel in production."))
                .doesNotContain("Falcon USED_WITH Kestrel positive");
    }
}
