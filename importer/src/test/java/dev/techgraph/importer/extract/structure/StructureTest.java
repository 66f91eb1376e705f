package dev.techgraph.importer.extract.structure;

import dev.techgraph.importer.source.Format;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.techgraph.importer.extract.Extraction.extract;
import static dev.techgraph.importer.extract.Extraction.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Document structure read into facts: headings, label lines, list lead-ins and tables, with invented names. */
class StructureTest {

    private static List<String> markdown(String text) {
        return facts(extract(text, Format.MARKDOWN));
    }

    @Test
    void labelLinesUnderAHeadingAreAboutTheHeadingsTechnology() {
        List<String> facts = markdown("""
                ## Zorblang

                Zorblang has been around for years.

                **Best for:** serverless functions; game development
                **Avoid for:** machine learning
                """);

        assertThat(facts).contains("Zorblang SUITED_FOR serverless functions positive",
                "Zorblang SUITED_FOR game development positive", "Zorblang SUITED_FOR machine learning negative")
                .doesNotContain("Zorblang SUITED_FOR machine learning positive");
    }

    @Test
    void anItemLedByANameAloneBeforeAColonDescribesThatName() {
        List<String> facts = markdown("""
                # Our stack

                - **Falcon**: runs on Vortex and compiles quickly.
                - **Sparrow**: a framework that sits on top of Quasar, ideal for serverless functions.
                """);
        List<String> html = facts(extract("""
                <ul><li><strong>Kestrel</strong>: handles event processing for the billing team.</li>
                <li><code>Pecker</code>: the checker most Nimbel teams run, and it is fast.</li></ul>
                """, Format.HTML));

        assertThat(facts).contains("Falcon USED_WITH Vortex positive", "Falcon HAS_TRAIT fast compilation positive",
                "Sparrow SUITED_FOR serverless functions positive");
        assertThat(html).contains("Kestrel SUITED_FOR event processing positive", "Pecker HAS_TRAIT high performance positive");
    }

    @Test
    void aMarkedNameAloneIsDescribedByTheFragmentAfterIt() {
        List<String> facts = markdown("""
                # Candidates

                - **Falcon.** A framework written in Zorblang, built for live chat applications. Setup took a day.
                - **Sparrow.** The framework that most Nimbel shops run, ideal for serverless functions.
                - **Kestrel.** The downside is a small community.
                """);
        List<String> html = facts(extract("""
                <ul><li><b>Kestrel.</b> An engine for event processing with a small footprint.</li>
                <li><b>Falcon.</b> Mature and well documented.</li></ul>
                """, Format.HTML));

        assertThat(facts).contains("Falcon WRITTEN_IN Zorblang positive", "Falcon SUITED_FOR live chat applications positive",
                "Sparrow SUITED_FOR serverless functions positive")
                .doesNotContain("Kestrel HAS_TRAIT large community positive");
        assertThat(html).contains("Kestrel SUITED_FOR event processing positive");
    }

    @Test
    void aLabelWithItsOwnSubjectIsNotReadAsAboutTheName() {
        assertThat(Structure.predicate("builds are slow on Quasar")).isNull();
        assertThat(Structure.predicate("Quasar does the rest")).isNull();
        assertThat(Structure.predicate("fast builds, small binaries")).isNull();
        assertThat(Structure.predicate("compiles to Zorblang")).isEqualTo(" compiles to Zorblang");
        assertThat(Structure.predicate("an engine for games")).isEqualTo(" is an engine for games");
    }

    @Test
    void labelThatNamesItsOwnSubjectBeatsTheHeading() {
        assertThat(markdown("""
                ## Runtimes

                Vortex shines at: event processing, heavy traffic

                Quasar weaknesses: a small ecosystem
                """)).contains("Vortex SUITED_FOR event processing positive", "Vortex SUITED_FOR heavy traffic positive",
                "Quasar HAS_TRAIT rich ecosystem negative");
    }

    @Test
    void listItemsInheritTheLeadInsSubjectAndPredicate() {
        List<String> facts = markdown("""
                # Notes

                Falcon is great for:

                - live chat applications
                - serverless functions

                Cons of Sparrow:

                - a small ecosystem
                - real-time applications
                """);

        assertThat(facts).contains("Falcon SUITED_FOR live chat applications positive",
                "Falcon SUITED_FOR serverless functions positive", "Sparrow HAS_TRAIT rich ecosystem negative",
                "Sparrow SUITED_FOR real-time applications negative")
                .doesNotContain("Sparrow SUITED_FOR real-time applications positive");
    }

    @Test
    void labelHeadingAppliesToTheItemsBelowIt() {
        assertThat(markdown("""
                # Kestrel

                Kestrel is our pick.

                ## Pros

                - fast startup
                - simplicity

                ## Weaknesses

                - machine learning
                """)).contains("Kestrel HAS_TRAIT fast startup positive", "Kestrel HAS_TRAIT simplicity positive",
                "Kestrel SUITED_FOR machine learning negative");
    }

    @Test
    void tableCellsAreFactsOfTheirRowByTheirColumn() {
        List<String> facts = markdown("""
                | Framework | Language | Good for | Weak spot |
                | --- | --- | --- | --- |
                | Falcon | Zorblang | serverless functions | machine learning |
                | Sparrow | Nimbel | game development, real-time applications | a small ecosystem |
                """);

        assertThat(facts).contains("Falcon WRITTEN_IN Zorblang positive", "Sparrow WRITTEN_IN Nimbel positive",
                "Falcon SUITED_FOR serverless functions positive", "Falcon SUITED_FOR machine learning negative",
                "Sparrow SUITED_FOR game development positive", "Sparrow SUITED_FOR real-time applications positive",
                "Sparrow HAS_TRAIT rich ecosystem negative")
                .doesNotContain("Falcon WRITTEN_IN Nimbel positive", "Sparrow SUITED_FOR serverless functions positive",
                        "Falcon SUITED_FOR machine learning positive");
    }

    @Test
    void aCellThatOnlyGradesJudgesTheQualityItsHeaderNames() {
        List<String> facts = markdown("""
                | | Falcon | Sparrow | Kestrel |
                | --- | --- | --- | --- |
                | Community size for hobbyists | small | huge | shrinking |
                | Learning curve | steep | gentle | moderate |
                """);
        assertThat(facts).contains("Falcon HAS_TRAIT large community negative", "Sparrow HAS_TRAIT large community positive",
                "Kestrel HAS_TRAIT large community negative", "Falcon HAS_TRAIT steep learning curve positive",
                "Sparrow HAS_TRAIT gentle learning curve positive")
                .doesNotContain("Falcon HAS_TRAIT large community positive", "Kestrel HAS_TRAIT large community positive");
        assertThat(facts.stream().filter(f -> f.startsWith("Kestrel HAS_TRAIT") && f.contains("learning curve"))).isEmpty();
        assertThat(markdown("""
                | Framework | Ecosystem |
                | --- | --- |
                | Falcon | thin |
                | Sparrow | very large |
                """)).contains("Falcon HAS_TRAIT rich ecosystem negative", "Sparrow HAS_TRAIT rich ecosystem positive")
                .doesNotContain("Falcon HAS_TRAIT rich ecosystem positive");
    }

    @Test
    void aCellThatDescribesTheRowWithATechnologyInItGivesThatTechnology() {
        List<String> facts = markdown("""
                | Framework | Concurrency | Notes |
                | --- | --- | --- |
                | Falcon | fast startup on the Vortex VM | simple |
                | Sparrow | Quasar with low latency | mature ecosystem |
                """);
        assertThat(facts).contains("Falcon USED_WITH Vortex positive", "Quasar USED_WITH Sparrow positive")
                .doesNotContain("Sparrow USED_WITH Vortex positive", "Falcon USED_WITH Quasar positive");
        assertThat(markdown("""
                | | Falcon | Kestrel |
                | --- | --- | --- |
                | Workloads | serverless functions and Quasar jobs | game development only |
                """)).contains("Falcon USED_WITH Quasar positive").doesNotContain("Kestrel USED_WITH Quasar positive");
    }

    @Test
    void transposedTableReadsTheHeaderAsTheSubject() {
        assertThat(markdown("""
                | | Falcon | Sparrow |
                | --- | --- | --- |
                | Best for | serverless functions | game development |
                """)).contains("Falcon SUITED_FOR serverless functions positive",
                "Sparrow SUITED_FOR game development positive")
                .doesNotContain("Falcon SUITED_FOR game development positive");
    }

    @Test
    void subjectlessLineUnderATopicIsAboutTheTopic() {
        assertThat(markdown("""
                ## Falcon

                Some background first.

                Runs well for serverless functions and has a rich ecosystem.
                """)).contains("Falcon HAS_TRAIT rich ecosystem positive");
    }

    @Test
    void factsFromStructureKeepTheStructureRuleAndTheLineAsEvidence() {
        var graph = extract("""
                ## Zorblang

                Best for: game development
                """, Format.MARKDOWN);

        assertThat(graph.relations()).singleElement().satisfies(r -> {
            assertThat(r.rules()).allMatch(id -> id.startsWith("struct.suited+"));
            assertThat(graph.sentences().get(r.sentences().get(0)).text()).isEqualTo("Best for: game development");
        });
    }

    @Test
    void aColonInAPlainSentenceIsNoLabel() {
        assertThat(markdown("""
                ## Zorblang

                The verdict of the team: machine learning is out of scope for now.
                """)).doesNotContain("Zorblang SUITED_FOR machine learning positive");
    }

    @Test
    void htmlDefinitionListLabelsTheItemsUnderTheTopic() {
        assertThat(facts(extract("""
                <html><body><h2>Kestrel</h2><p>Kestrel is a small framework.</p>
                <dl><dt>Best for</dt><dd>serverless functions</dd><dt>Avoid for</dt><dd>machine learning</dd></dl>
                </body></html>""", Format.HTML)))
                .contains("Kestrel SUITED_FOR serverless functions positive", "Kestrel SUITED_FOR machine learning negative")
                .doesNotContain("Kestrel SUITED_FOR machine learning positive");
    }

    @Test
    void bareLabelWithoutATopicLabelsNothing() {
        assertThat(markdown("""
                Pros

                - serverless functions
                """)).isEmpty();
    }

    @Test
    void aFeatureMatrixWithTheTechnologiesAcrossTheHeaderCreditsEachColumn() {
        List<String> facts = markdown("""
                We weighed Falcon against Kestrel for a new service.

                | Feature | Falcon | Kestrel |
                |---|---|---|
                | Concurrency | Yes | No |
                | Large community | No | Yes |
                """);
        assertThat(facts).contains("Falcon HAS_TRAIT concurrency support positive",
                        "Kestrel HAS_TRAIT concurrency support negative", "Falcon HAS_TRAIT large community negative",
                        "Kestrel HAS_TRAIT large community positive")
                .doesNotContain("Kestrel HAS_TRAIT concurrency support positive");
    }

    @Test
    void aMatrixColumnHeadedByTwoJoinedNamesCreditsBoth() {
        assertThat(markdown("""
                | Feature | Tessel | Zorblang/Nimbel |
                |---|---|---|
                | Simplicity | Poor | Excellent |
                | Game development | Yes | No |
                """)).contains("Zorblang HAS_TRAIT simplicity positive", "Nimbel HAS_TRAIT simplicity positive",
                        "Zorblang SUITED_FOR game development negative", "Nimbel SUITED_FOR game development negative")
                .doesNotContain("Zorblang SUITED_FOR game development positive");
        assertThat(markdown("""
                | Task | Tessel | Zorblang & Nimbel |
                |---|---|---|
                | Simplicity of large programs | Good | Poor |
                """)).contains("Zorblang HAS_TRAIT simplicity negative")
                .doesNotContain("Zorblang HAS_TRAIT simplicity positive");
    }

    @Test
    void aUseCaseMarkedInAMatrixIsASuitability() {
        assertThat(markdown("""
                | Task | Falcon | Kestrel |
                |---|---|---|
                | Game development | Excellent | Poor |
                | Event processing | Yes | No |
                """)).contains("Falcon SUITED_FOR game development positive", "Kestrel SUITED_FOR game development negative",
                "Falcon SUITED_FOR event processing positive", "Kestrel SUITED_FOR event processing negative");
    }

    @Test
    void aUseCaseHeadingAColumnOfASpecSheetIsAFeatureTheRowHasOrLacks() {
        assertThat(markdown("""
                | Product | Written in | Event processing | Bundling |
                |---|---|---|---|
                | Falcon | Zorblang | yes | no |
                | Kestrel | Nimbel | no | yes |
                """)).contains("Falcon HAS_TRAIT event processing positive", "Kestrel HAS_TRAIT event processing negative",
                        "Falcon HAS_TRAIT bundling negative", "Kestrel HAS_TRAIT bundling positive")
                .doesNotContain("Falcon SUITED_FOR event processing positive", "Kestrel SUITED_FOR bundling positive");
        assertThat(markdown("""
                | Tool | Machine learning | Licence |
                |---|---|---|
                | Sparrow | ✓ | MIT |
                | Tessel | ✗ | GPL |
                """)).contains("Sparrow HAS_TRAIT machine learning positive", "Tessel HAS_TRAIT machine learning negative")
                .doesNotContain("Sparrow SUITED_FOR machine learning positive");
        // a grade weighs a fit: still a suitability
        assertThat(markdown("""
                | Engine | Game development |
                |---|---|
                | Falcon | excellent |
                """)).contains("Falcon SUITED_FOR game development positive")
                .doesNotContain("Falcon HAS_TRAIT game development positive");
    }

    @Test
    void aDegreeInAMatrixCellJudgesTheQualityItsRowNames() {
        List<String> facts = markdown("""
                | Criterion | Falcon | Kestrel |
                |---|---|---|
                | Learning curve | steep | gentle |
                | Community size | small | very large |
                """);
        assertThat(facts).contains("Falcon HAS_TRAIT steep learning curve positive",
                        "Kestrel HAS_TRAIT gentle learning curve positive", "Falcon HAS_TRAIT large community negative",
                        "Kestrel HAS_TRAIT large community positive")
                .doesNotContain("Falcon HAS_TRAIT large community positive");
    }

    @Test
    void aDegreeInAMatrixCellJudgesTheQualityItsColumnNamesAndADegreeWithoutDirectionJudgesNothing() {
        List<String> facts = markdown("""
                | Framework | Ecosystem | Startup time | Learning curve |
                |---|---|---|---|
                | Sparrow | huge | slow | moderate |
                | Falcon | thin | fast | rare |
                """);
        assertThat(facts).contains("Sparrow HAS_TRAIT rich ecosystem positive", "Falcon HAS_TRAIT rich ecosystem negative",
                        "Sparrow HAS_TRAIT fast startup negative", "Falcon HAS_TRAIT fast startup positive")
                .doesNotContain("Sparrow HAS_TRAIT fast startup positive", "Falcon HAS_TRAIT rich ecosystem positive")
                .noneMatch(f -> f.contains("learning curve"));
    }

    @Test
    void builtInAndNotSupportedCellsSayARowHasOrLacksItsColumn() {
        assertThat(markdown("""
                | Capability | Falcon | Kestrel |
                |---|---|---|
                | Concurrency | built in | not supported |
                """)).contains("Falcon HAS_TRAIT concurrency support positive",
                        "Kestrel HAS_TRAIT concurrency support negative")
                .doesNotContain("Kestrel HAS_TRAIT concurrency support positive");
        assertThat(markdown("""
                | Framework | Event processing | Large community |
                |---|---|---|
                | Sparrow | included | missing |
                """)).contains("Sparrow HAS_TRAIT event processing positive", "Sparrow HAS_TRAIT large community negative")
                .doesNotContain("Sparrow HAS_TRAIT large community positive");
    }

    @Test
    void aMatrixWithTheTechnologiesDownTheFirstColumnStaysAsItWas() {
        assertThat(markdown("""
                | Framework | Concurrency | Large community |
                |---|---|---|
                | Sparrow | ✓ | ✗ |
                | Falcon | ✗ | ✓ |
                """)).contains("Sparrow HAS_TRAIT concurrency support positive",
                "Falcon HAS_TRAIT concurrency support negative", "Falcon HAS_TRAIT large community positive");
    }

    @Test
    void aNeedInTheLabelAndTechnologiesAfterTheColonIsARecommendation() {
        assertThat(markdown("""
                ## Our picks

                - Game development: Falcon.
                - Serverless functions: Sparrow or Kestrel; for heavy traffic, look elsewhere.
                """)).contains("Falcon SUITED_FOR game development positive",
                "Sparrow SUITED_FOR serverless functions positive", "Kestrel SUITED_FOR serverless functions positive");
    }

    @Test
    void aRuntimeWhereTheNeedArisesDoesNotStopARecommendationAndAVerdictAfterItJudgesTheSameNeed() {
        assertThat(markdown("""
                ## Guidance

                - Serverless functions on the Vortex VM: Sparrow or Kestrel; Falcon is not recommended.
                - Game development in Quasar: Kestrel; Sparrow is a poor fit.
                """)).contains("Sparrow SUITED_FOR serverless functions positive",
                "Kestrel SUITED_FOR serverless functions positive", "Falcon SUITED_FOR serverless functions negative",
                "Kestrel SUITED_FOR game development positive", "Sparrow SUITED_FOR game development negative");
    }

    @Test
    void aLabelBeforeASentenceOrAQuestionIsNoRecommendation() {
        assertThat(markdown("""
                The flip side: Falcon is slow to build.

                Real-time work: Sparrow or Kestrel?
                """)).noneMatch(f -> f.contains("flip side"))
                .doesNotContain("Sparrow SUITED_FOR real-time applications positive");
    }

    @Test
    void aCellMixingUseCasesAndTraitsUnderAnUnnamedColumnKeepsBoth() {
        assertThat(markdown("""
                | Framework | Language | Typical role |
                | --- | --- | --- |
                | Falcon | Zorblang | serverless functions, fast startup |
                | Sparrow | Nimbel | game development, simple |
                """)).contains("Falcon SUITED_FOR serverless functions positive", "Falcon HAS_TRAIT fast startup positive",
                "Sparrow SUITED_FOR game development positive", "Sparrow HAS_TRAIT simplicity positive");
        assertThat(markdown("""
                ## Kestrel

                Strengths: real-time applications, a large community
                """)).contains("Kestrel SUITED_FOR real-time applications positive",
                "Kestrel HAS_TRAIT large community positive");
    }

    @Test
    void aYesOrNoCellWithAnAsideIsTheAnswerAndTheAsideIsNoQuality() {
        assertThat(markdown("""
                | Framework | Concurrency | Large community |
                |---|---|---|
                | Sparrow | no (green threads only) | yes (forums) |
                | Falcon | yes (actors) | No (fast releases) |
                """)).contains("Sparrow HAS_TRAIT concurrency support negative",
                "Sparrow HAS_TRAIT large community positive", "Falcon HAS_TRAIT concurrency support positive",
                "Falcon HAS_TRAIT large community negative")
                .doesNotContain("Falcon HAS_TRAIT high performance negative", "Sparrow HAS_TRAIT concurrency support positive");
    }

    @Test
    void aGradedMatrixRowNamesATaskInItsOwnWords() {
        List<String> facts = markdown("""
                ## How they compare

                | Task | Zorblang | Kestrel |
                |---|---|---|
                | Large config migrations | Excellent | Poor |
                | Quick shell glue | Good | Excellent |
                """);

        assertThat(facts).contains("Zorblang SUITED_FOR large config migrations positive",
                "Kestrel SUITED_FOR large config migrations negative", "Zorblang SUITED_FOR quick shell glue positive",
                "Kestrel SUITED_FOR quick shell glue positive");
    }

    @Test
    void aPlainYesNoColumnStaysAFeatureNotATask() {
        List<String> facts = markdown("""
                | Framework | Plain handlers | Notes |
                |---|---|---|
                | Zorbweb | yes | small |
                | Kestrel | no | large |
                """);

        assertThat(facts).noneMatch(f -> f.contains("SUITED_FOR plain handlers"));
    }

    @Test
    void aRowHeadedByATaskGivesItToTheTechnologiesInItsCells() {
        List<String> facts = markdown("""
                ## Tools, then and now

                | Area | Before | After |
                |---|---|---|
                | Zorblang event processing | Pecker | Kestrel |
                | Game development | Sparrow | Falcon |
                """);

        assertThat(facts).contains("Pecker SUITED_FOR event processing positive",
                "Kestrel SUITED_FOR event processing positive", "Sparrow SUITED_FOR game development positive",
                "Falcon SUITED_FOR game development positive")
                .doesNotContain("Pecker USED_WITH Zorblang positive");
    }

    @Test
    void aRowHeadedByATechnologyIsNoTask() {
        List<String> facts = markdown("""
                | Tool | Replaces | Notes |
                |---|---|---|
                | Kestrel | Sparrow | event processing |
                """);

        assertThat(facts).noneMatch(f -> f.startsWith("Sparrow SUITED_FOR"));
    }

    @Test
    void aRowAboutAPairGivesItsFactsToBoth() {
        List<String> facts = markdown("""
                | Stack | Where it shines |
                |---|---|
                | Sparrow + Kestrel | event processing, game development |
                """);

        assertThat(facts).contains("Sparrow SUITED_FOR event processing positive",
                "Kestrel SUITED_FOR event processing positive", "Kestrel SUITED_FOR game development positive");
    }

    @Test
    void aColumnAboutTwoKnownNamesGivesItsFactsToBoth() {
        List<String> facts = markdown("""
                Sparrow and Falcon are compared with Kestrel below.

                | Task | Kestrel | Sparrow/Falcon |
                |---|---|---|
                | Game development | Poor | Excellent |
                """);

        assertThat(facts).contains("Sparrow SUITED_FOR game development positive",
                "Falcon SUITED_FOR game development positive", "Kestrel SUITED_FOR game development negative");
    }

    @Test
    void clumsyAndLimitedCellsGradeAFitAsPoor() {
        List<String> facts = markdown("""
                | Task | Zorblang | Kestrel |
                |---|---|---|
                | Game development | Clumsy | Excellent |
                | Event processing | Good | Limited |
                """);

        assertThat(facts).contains("Zorblang SUITED_FOR game development negative",
                "Kestrel SUITED_FOR event processing negative", "Kestrel SUITED_FOR game development positive")
                .doesNotContain("Zorblang SUITED_FOR game development positive",
                        "Kestrel SUITED_FOR event processing positive");
    }
}
