package dev.techgraph.importer.extract;

import org.junit.jupiter.api.Test;

import static dev.techgraph.importer.extract.Extraction.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Open use cases and traits read as the noun phrase after a cue, with invented technologies. */
class PhraseConceptsTest {

    @Test
    void suitabilityCueMakesAUseCaseOfTheNounPhrase() {
        assertThat(facts("Sparrow is ideal for content dashboards."))
                .contains("Sparrow SUITED_FOR content dashboards positive");
        assertThat(facts("Sparrow excels at data ingestion."))
                .contains("Sparrow SUITED_FOR data ingestion positive");
    }

    @Test
    void hyphenatedCompoundsAndNumbersStayInThePhrase() {
        assertThat(facts("Sparrow is great for over-the-air updates."))
                .contains("Sparrow SUITED_FOR over-the-air updates positive");
        assertThat(facts("Sparrow is a good fit for 3D puzzles."))
                .contains("Sparrow SUITED_FOR 3D puzzles positive");
    }

    @Test
    void coordinatedPhrasesEachBecomeAUseCase() {
        assertThat(facts("Sparrow handles batch reports, background queues and server-rendered pages equally well."))
                .contains("Sparrow SUITED_FOR batch reports positive", "Sparrow SUITED_FOR background queues positive",
                        "Sparrow SUITED_FOR server-rendered pages positive");
    }

    @Test
    void aHyphenatedQualityBeforeAKnownUseCaseMakesOneLongerUseCase() {
        assertThat(facts("Sparrow is not meant for low-latency event processing."))
                .contains("Sparrow SUITED_FOR low-latency event processing negative")
                .noneMatch(f -> f.contains("SUITED_FOR event processing") || f.contains("low latency"));
    }

    @Test
    void aKnownQualityUsedAsModifierGivesWayToTheWholePhrase() {
        assertThat(facts("Sparrow is ideal for low-latency sensor feeds."))
                .contains("Sparrow SUITED_FOR low-latency sensor feeds positive")
                .noneMatch(f -> f.contains("low latency"));
    }

    @Test
    void coordinatedAdjectivesBeforeAKnownConceptStillNameIt() {
        assertThat(facts("Sparrow has large, friendly communities."))
                .contains("Sparrow HAS_TRAIT large community positive");
        assertThat(facts("Sparrow has a large and welcoming community."))
                .contains("Sparrow HAS_TRAIT large community positive");
    }

    @Test
    void aQualityOwnedByATechnologyIsAConceptWhenAPredicateFollows() {
        assertThat(facts("Sparrow's hot reload is wonderful."))
                .anyMatch(f -> f.startsWith("Sparrow HAS_TRAIT hot reload"));
        assertThat(facts("Sparrow's plugin store.")).noneMatch(f -> f.contains("plugin store"));
    }

    @Test
    void aGerundWithItsObjectIsNotAUseCase() {
        assertThat(facts("Sparrow is meant for batch reports, and using it for sensor feeds is a misuse."))
                .contains("Sparrow SUITED_FOR batch reports positive")
                .noneMatch(f -> f.contains("using"));
    }

    @Test
    void aKnownGerundUseCaseWithAnObjectIsAVerb() {
        assertThat(facts("Kestrel is ideal for bundling.")).contains("Kestrel SUITED_FOR bundling positive");
        assertThat(facts("Kestrel is ideal for games, bundling its own router."))
                .contains("Kestrel SUITED_FOR game development positive")
                .noneMatch(f -> f.contains("bundling"));
    }

    @Test
    void aJudgementOfWhatATechnologyHasMakesATrait() {
        assertThat(facts("Sparrow is young. Its vector renderer is not as mature as Falcon's."))
                .contains("Sparrow HAS_TRAIT mature vector renderer negative")
                .doesNotContain("Sparrow HAS_TRAIT mature vector renderer positive");
        assertThat(facts("Kestrel starts quickly, but its bundles are heavy."))
                .contains("Kestrel HAS_TRAIT heavy bundles positive");
    }

    @Test
    void aJudgedPhraseTheVocabularyKnowsIsThatConcept() {
        assertThat(facts("Falcon is young, and its community is large."))
                .contains("Falcon HAS_TRAIT large community positive");
    }

    @Test
    void negatedCueGivesANegativeUseCase() {
        assertThat(facts("Sparrow is not meant for low-power sensor boards."))
                .contains("Sparrow SUITED_FOR low-power sensor boards negative")
                .doesNotContain("Sparrow SUITED_FOR low-power sensor boards positive");
    }

    @Test
    void qualityCueMakesATrait() {
        assertThat(facts("Sparrow is known for its compile-time reactivity."))
                .contains("Sparrow HAS_TRAIT compile-time reactivity positive");
        assertThat(facts("Sparrow has a mature vector renderer."))
                .contains("Sparrow HAS_TRAIT mature vector renderer positive");
    }

    @Test
    void genericHeadsPeopleAndNamesAreNotConcepts() {
        assertThat(facts("Sparrow is good enough for most use cases.")).isEmpty();
        assertThat(facts("Sparrow is popular for years now.")).isEmpty();
        assertThat(facts("Sparrow is ideal for junior developers.")).isEmpty();
        assertThat(facts("Sparrow is great for the Acme Store.")).isEmpty();
        assertThat(facts("Sparrow is ideal for anything on the open web.")).isEmpty();
    }

    @Test
    void aPhraseStopsWhereANewClauseStarts() {
        assertThat(facts("Sparrow is popular for puzzle boards, and its plugin store is huge."))
                .contains("Sparrow SUITED_FOR puzzle boards positive")
                .noneMatch(f -> f.contains("SUITED_FOR") && f.contains("plugin store"));
    }

    @Test
    void verbsSharingAnObjectAreNotAUseCase() {
        assertThat(String.join("\n", facts("Sparrow is excellent for exploring and cleaning tables.")))
                .doesNotContain("exploring");
    }

    @Test
    void vocabularyConceptsWinOverOpenPhrases() {
        assertThat(facts("Sparrow is ideal for live chat."))
                .contains("Sparrow SUITED_FOR live chat applications positive");
    }

    @Test
    void aPhraseStopsAtAVerbAndTheArticlesOwnSeriesIsNoUseCase() {
        // "for ... most crews add Sparrow": "add" starts the predicate, it is not part of the phrase
        assertThat(facts("For batch uploads, most crews add Sparrow on top."))
                .noneMatch(f -> f.contains("crews add"));
        // "for this series": the article's own series, not something a technology is for
        assertThat(facts("For this series we will use Sparrow."))
                .noneMatch(f -> f.contains("SUITED_FOR series"));
    }

    @Test
    void aBareObjectOfAPackagingOrHavingVerbListsFeatures() {
        assertThat(facts("Sparrow bundles request routing, form validation and response templating."))
                .contains("Sparrow HAS_TRAIT request routing positive", "Sparrow HAS_TRAIT form validation positive",
                        "Sparrow HAS_TRAIT response templating positive");
        assertThat(facts("Kestrel has hot reload and typed queries."))
                .contains("Kestrel HAS_TRAIT hot reload positive", "Kestrel HAS_TRAIT typed queries positive");
    }

    @Test
    void aPerfectTenseIsNoObjectOfHas() {
        assertThat(facts("Sparrow has shipped three releases this year."))
                .noneMatch(f -> f.contains("HAS_TRAIT"));
        assertThat(facts("Kestrel has become the default."))
                .noneMatch(f -> f.contains("HAS_TRAIT"));
    }

    @Test
    void praiseIsNoPartOfTheFeaturesName() {
        assertThat(facts("Kestrel has excellent error messages."))
                .contains("Kestrel HAS_TRAIT error messages positive");
        assertThat(facts("Sparrow offers great type inference."))
                .contains("Sparrow HAS_TRAIT type inference positive");
    }

    @Test
    void aHeadOfSupportNamesAFeatureWithWhatItSupports() {
        assertThat(facts("Sparrow has first-class plugin support."))
                .contains("Sparrow HAS_TRAIT first-class plugin support positive");
        assertThat(facts("Kestrel is young, but its editor integration is excellent."))
                .contains("Kestrel HAS_TRAIT editor integration positive");
    }

    @Test
    void supportOfATechnologyIsLeftToTheRelationRules() {
        assertThat(facts("Sparrow offers Zorblang support.")).noneMatch(f -> f.contains("Zorblang support"));
        assertThat(facts("Kestrel has good Vortex integration.")).noneMatch(f -> f.contains("Vortex integration"));
    }

    @Test
    void aFeatureOfSupportCountsOnlyWhenTheClauseJudgesIt() {
        assertThat(facts("Kestrel dropped Quasar support last year."))
                .noneMatch(f -> f.contains("Quasar support"));
        assertThat(facts("Falcon is fast, but its plugin support is weak."))
                .contains("Falcon HAS_TRAIT plugin support negative");
    }

    @Test
    void aFeatureJudgedAsTheSubjectIsATraitUnderItsOwnName() {
        assertThat(facts("Sparrow is a web framework. Its form wizard is superb."))
                .contains("Sparrow HAS_TRAIT form wizard positive")
                .noneMatch(f -> f.contains("superb form wizard"));
        assertThat(facts("Sparrow is a web framework. Route guards and form wizards work out of the box."))
                .contains("Sparrow HAS_TRAIT route guards positive", "Sparrow HAS_TRAIT form wizards positive");
        assertThat(facts("Sparrow is a web framework. Its form wizard is basic."))
                .contains("Sparrow HAS_TRAIT form wizard negative");
        assertThat(facts("Sparrow is a web framework. Its form wizard shows every field."))
                .noneMatch(f -> f.contains("form wizard"));
    }

    @Test
    void nounsBeforeAOneWordUseCaseMakeTheCompoundTheUseCase() {
        assertThat(facts("For invoice reporting, Sparrow is a solid pick."))
                .contains("Sparrow SUITED_FOR invoice reporting positive");
        assertThat(facts("Sparrow is ideal for component testing."))
                .contains("Sparrow SUITED_FOR component testing positive");
    }

    @Test
    void whatAProductShipsReliesOnOrPowersIsNoUseCase() {
        assertThat(facts("Sparrow ships a query inspector and a tiny shell."))
                .noneMatch(f -> f.contains("SUITED_FOR"));
        assertThat(facts("Kestrel relies on message batching under load."))
                .noneMatch(f -> f.contains("SUITED_FOR"));
        assertThat(facts("At our shop Kestrel powers the nightly invoice run."))
                .noneMatch(f -> f.contains("SUITED_FOR"));
        assertThat(facts("Sparrow is ideal for content dashboards."))
                .contains("Sparrow SUITED_FOR content dashboards positive");
    }
}
