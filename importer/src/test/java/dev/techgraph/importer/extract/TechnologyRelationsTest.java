package dev.techgraph.importer.extract;

import org.junit.jupiter.api.Test;

import dev.techgraph.importer.source.Format;

import static dev.techgraph.importer.extract.Extraction.extract;
import static dev.techgraph.importer.extract.Extraction.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Relations between technologies and the names they hold, with invented names and sentences. */
class TechnologyRelationsTest {

    @Test
    void possessiveOwnerIsNotWhatTheClauseIsAbout() {
        assertThat(facts("Zorblang's Kestrel is a web framework for game development."))
                .contains("Kestrel SUITED_FOR game development positive")
                .doesNotContain("Zorblang SUITED_FOR game development positive");
        assertThat(facts("Zorblang's Kestrel is a small framework, and it is fast."))
                .contains("Kestrel HAS_TRAIT high performance positive")
                .doesNotContain("Zorblang HAS_TRAIT high performance positive");
    }

    @Test
    void possessedUnknownNameIsDiscoveredByItsCopula() {
        assertThat(facts("Nimbel's Ospreyx is a web framework written in Nimbel."))
                .contains("Ospreyx WRITTEN_IN Nimbel positive");
        assertThat(facts("Tessel's Grebelet is a library built in Tessel."))
                .contains("Grebelet WRITTEN_IN Tessel positive");
    }

    @Test
    void replacingOrForkingATechnologyComparesTheTwo() {
        assertThat(facts("Falcon replaces Sparrow in most new services."))
                .contains("Falcon COMPARED_WITH Sparrow positive");
        assertThat(facts("Kestrel, a community fork of Sparrow, keeps the old API."))
                .contains("Kestrel COMPARED_WITH Sparrow positive");
        assertThat(facts("Falcon is not a drop-in replacement for Kestrel."))
                .contains("Falcon COMPARED_WITH Kestrel positive");
    }

    @Test
    void queryingDeployingAndWorkingWithATechnologyIsUsingItWithAnother() {
        assertThat(facts("Kestrel can query Sparrow and Falcon from one dashboard."))
                .contains("Kestrel USED_WITH Sparrow positive", "Falcon USED_WITH Kestrel positive");
        assertThat(facts("Falcon deploys cleanly to Vortex."))
                .contains("Falcon USED_WITH Vortex positive");
        assertThat(facts("Sparrow works fine with Kestrel."))
                .contains("Kestrel USED_WITH Sparrow positive");
    }

    @Test
    void whatATechnologyCutsItDoesNotHave() {
        assertThat(facts("Zorblang cuts concurrency out of its core library."))
                .contains("Zorblang HAS_TRAIT concurrency support negative")
                .doesNotContain("Zorblang HAS_TRAIT concurrency support positive");
        assertThat(facts("Nimbel cuts the ecosystem down to one binary."))
                .contains("Nimbel HAS_TRAIT rich ecosystem negative");
    }

    @Test
    void aLibraryNamedForALanguageIsWrittenInItAndOneForARuntimeIsUsedWithIt() {
        assertThat(facts("Client libraries we tried: Sparrow for Zorblang and Falcon for Vortex."))
                .contains("Sparrow WRITTEN_IN Zorblang positive", "Falcon USED_WITH Vortex positive");
        assertThat(facts("Pick Kestrel for Tessel when the team already knows it."))
                .contains("Kestrel WRITTEN_IN Tessel positive");
    }

    @Test
    void whatALanguageTargetsItRunsOnAndWhatItLivesOnToo() {
        assertThat(facts("Zorblang also targets the Vortex VM, but its philosophy is different."))
                .contains("Zorblang RUNS_ON Vortex positive");
        assertThat(facts("Transpo can target Nimbel as well."))
                .contains("Transpo COMPILES_TO Nimbel positive");
        assertThat(facts("Tessel now lives on Quasar and Vortex."))
                .contains("Tessel RUNS_ON Quasar positive", "Tessel RUNS_ON Vortex positive");
        assertThat(facts("The Sparrow plugins target Zorblang first.")).doesNotContain("Sparrow COMPILES_TO Zorblang positive");
    }

    @Test
    void aDefinitionLineIsAboutTheNameItDefines() {
        assertThat(facts("Kestrel - Falcon ideas adapted to Sparrow and Quasar."))
                .contains("Kestrel USED_WITH Sparrow positive", "Kestrel USED_WITH Quasar positive")
                .doesNotContain("Falcon USED_WITH Sparrow positive");
        assertThat(facts("Kestrel \u2013 the official store for Falcon, replacing Sparrow."))
                .contains("Falcon USED_WITH Kestrel positive", "Kestrel COMPARED_WITH Sparrow positive");
        assertThat(facts("Sparrow - small state containers for Zorblang."))
                .contains("Sparrow WRITTEN_IN Zorblang positive");
    }

    @Test
    void closenessAndLikenessCompareWithoutVs() {
        assertThat(facts("Zorblang has a syntax very close to Nimbel."))
                .contains("Nimbel COMPARED_WITH Zorblang positive");
        assertThat(facts("Tessel code runs at speeds close to Nimbel."))
                .contains("Nimbel COMPARED_WITH Tessel positive");
        assertThat(facts("Kestrel is loosely inspired by Sparrow."))
                .contains("Kestrel COMPARED_WITH Sparrow positive");
    }

    @Test
    void aNameMadeIntoALikeAdjectiveCompares() {
        assertThat(facts("Zorblang has a Nimbel-like syntax and a small standard library."))
                .contains("Nimbel COMPARED_WITH Zorblang positive");
        assertThat(facts("Tessel offers Zorblang-like pattern matching."))
                .contains("Tessel COMPARED_WITH Zorblang positive");
    }

    @Test
    void aLanguageNamedOnARuntimeRunsOnIt() {
        assertThat(facts("We shipped a booking service in Zorblang on Vortex last spring."))
                .contains("Zorblang RUNS_ON Vortex positive");
        assertThat(facts("Nimbel on the Quasar engine is still experimental."))
                .contains("Nimbel RUNS_ON Quasar positive");
        assertThat(facts("Kestrel on Vortex is fine.")).doesNotContain("Kestrel RUNS_ON Vortex positive");
    }

    @Test
    void aLanguageModifyingProjectIsNoAntecedent() {
        assertThat(facts("For a new Zorblang project I would just use Kestrel. It is written in Nimbel."))
                .contains("Kestrel WRITTEN_IN Nimbel positive")
                .doesNotContain("Zorblang WRITTEN_IN Nimbel positive");
        assertThat(facts("Our Tessel projects now use Falcon, and it replaces Sparrow in one go."))
                .contains("Falcon COMPARED_WITH Sparrow positive")
                .doesNotContain("Sparrow COMPARED_WITH Tessel positive");
    }

    @Test
    void aTableRowIsAboutTheCellUnderANamingHeaderEvenWhenItIsNotTheFirst() {
        String orms = """
                # Our stack

                | Project type | Language | ORM | Why |
                |---|---|---|---|
                | Billing back end | Nimbel | Sparrow | mature |
                | Game servers | Zorblang | Falcon | fast |
                """;
        assertThat(facts(extract(orms, Format.MARKDOWN)))
                .contains("Sparrow WRITTEN_IN Nimbel positive", "Falcon WRITTEN_IN Zorblang positive")
                .doesNotContain("Nimbel WRITTEN_IN Sparrow positive");
        String tools = """
                # Picks

                | Need | Tool | Runtime |
                |---|---|---|
                | Game development | Kestrel | Vortex |
                """;
        assertThat(facts(extract(tools, Format.MARKDOWN))).contains("Kestrel SUITED_FOR game development positive");
    }

    @Test
    void aLanguagesRowOfATransposedTableSaysWhatEachColumnIsWrittenIn() {
        String table = """
                # Frameworks compared

                | | Sparrow | Falcon |
                |---|---|---|
                | Languages | Nimbel, Tessel | Zorblang |
                """;
        assertThat(facts(extract(table, Format.MARKDOWN)))
                .contains("Sparrow WRITTEN_IN Nimbel positive", "Sparrow WRITTEN_IN Tessel positive",
                        "Falcon WRITTEN_IN Zorblang positive");
        assertThat(facts("Tessel has a Zorblang-like syntax.")).doesNotContain("Tessel USED_WITH Zorblang positive")
                .contains("Tessel COMPARED_WITH Zorblang positive");
    }

    @Test
    void movingFromOneTechnologyToAnotherComparesThem() {
        assertThat(facts("Why we moved our search service from Sparrow to Kestrel"))
                .contains("Kestrel COMPARED_WITH Sparrow positive");
        assertThat(facts("The team is migrating the billing jobs from plain Falcon onto Kestrel this year."))
                .contains("Falcon COMPARED_WITH Kestrel positive");
        assertThat(facts("We moved the office from Berlin to Kestrel Street.")).isEmpty();
    }

    @Test
    void twoTechnologiesJoinedByPlusAreUsedTogether() {
        assertThat(facts("Our whole pipeline is Sparrow plus Falcon today."))
                .contains("Falcon USED_WITH Sparrow positive");
        assertThat(facts("For small teams, Kestrel plus Sparrow covers most needs."))
                .contains("Kestrel USED_WITH Sparrow positive");
    }

    @Test
    void aPluralPronounIsNoSideOfAComparisonCue() {
        assertThat(facts("Sparrow and Falcon are small. They are not a full replacement for Kestrel."))
                .doesNotContain("Kestrel COMPARED_WITH Sparrow positive", "Falcon COMPARED_WITH Kestrel positive");
        assertThat(facts("Sparrow is small. It is not a full replacement for Kestrel."))
                .contains("Kestrel COMPARED_WITH Sparrow positive");
    }

    @Test
    void aLinkBetweenTwoTechnologiesIsNoChoiceBetweenThem() {
        assertThat(facts("Kestrel generates the bindings between Zorblang and Nimbel."))
                .doesNotContain("Nimbel COMPARED_WITH Zorblang positive");
        assertThat(facts("Teams often hesitate between Zorblang and Nimbel."))
                .contains("Nimbel COMPARED_WITH Zorblang positive");
    }

    @Test
    void technologiesInParenthesesAfterOneAreItsPartsOrCompanions() {
        assertThat(facts("Kestrel (Sparrow plus Falcon) does the same job with more structure."))
                .contains("Kestrel USED_WITH Sparrow positive", "Falcon USED_WITH Kestrel positive");
        assertThat(facts("Most billing services use Kestrel (via Sparrow) today."))
                .contains("Kestrel USED_WITH Sparrow positive");
        assertThat(facts("Zorblang (Zorb) is small.")).isEmpty();
    }

    @Test
    void whatSitsInFrontOfAnotherIsUsedWithIt() {
        assertThat(facts("Kestrel usually sits in front of Falcon or an application server."))
                .contains("Falcon USED_WITH Kestrel positive");
        assertThat(facts("In our setup Sparrow runs behind Kestrel."))
                .contains("Kestrel USED_WITH Sparrow positive");
    }

    @Test
    void whatIsHostedOrDeployedOnAnotherIsUsedWithIt() {
        assertThat(facts("We will adopt Kestrel, self-hosted on our Falcon cluster."))
                .contains("Falcon USED_WITH Kestrel positive");
        assertThat(facts("Sparrow is deployed to your Vortex nodes by default."))
                .contains("Sparrow USED_WITH Vortex positive");
    }
    @Test
    void aComparativeAFewWordsBeforeThanStillCompares() {
        assertThat(facts("Falcon is much easier to learn than Kestrel."))
                .contains("Falcon COMPARED_WITH Kestrel positive");
        assertThat(facts("Sparrow is lower level than Falcon and gives finer control."))
                .contains("Falcon COMPARED_WITH Sparrow positive");
        assertThat(facts("With its default settings Kestrel uses far more memory per request than Sparrow."))
                .contains("Kestrel COMPARED_WITH Sparrow positive");
    }

    @Test
    void aNounEndingLikeAComparativeDoesNotCompare() {
        assertThat(facts("Falcon needs the container rather than Kestrel."))
                .doesNotContain("Falcon COMPARED_WITH Kestrel positive");
        assertThat(facts("Sparrow has a maintainer on call more often than Falcon's crew."))
                .contains("Falcon COMPARED_WITH Sparrow positive");
        assertThat(facts("Every Kestrel developer reads docs rather than Sparrow code."))
                .doesNotContain("Kestrel COMPARED_WITH Sparrow positive");
    }

    @Test
    void aDescribedTechnologyAfterThanIsTheOneCompared() {
        assertThat(facts("Kestrel bundles are bigger than a minimal Sparrow setup."))
                .contains("Kestrel COMPARED_WITH Sparrow positive");
        assertThat(facts("Zorblang code is shorter than the equivalent Nimbel."))
                .contains("Nimbel COMPARED_WITH Zorblang positive");
    }
    @Test
    void technologiesListedAfterAWordThatAnnouncesAComparisonAreWeighedPairwise() {
        assertThat(facts("The memo compares three candidates: Falcon, Sparrow and Kestrel."))
                .contains("Falcon COMPARED_WITH Sparrow positive", "Falcon COMPARED_WITH Kestrel positive",
                        "Kestrel COMPARED_WITH Sparrow positive");
        assertThat(facts("Last spring we evaluated Zorblang and Nimbel for the billing rewrite."))
                .contains("Nimbel COMPARED_WITH Zorblang positive");
        assertThat(facts("Review: Falcon and Kestrel after a year in production"))
                .contains("Falcon COMPARED_WITH Kestrel positive");
    }

    @Test
    void aListWithoutSuchAWordOrAfterComparedWithIsNoEnumeration() {
        assertThat(facts("Our stack is Falcon, Sparrow and Kestrel."))
                .doesNotContain("Falcon COMPARED_WITH Sparrow positive");
        assertThat(facts("Compared with Falcon, Sparrow and Kestrel are small."))
                .doesNotContain("Kestrel COMPARED_WITH Sparrow positive");
    }
    @Test
    void technologiesListedAfterTheColonOfAClauseAboutOneTechnologyAreItsCompanions() {
        assertThat(facts("Falcon has a broad ecosystem: Kestrel for storage, Sparrow for authentication and more."))
                .contains("Falcon USED_WITH Kestrel positive", "Falcon USED_WITH Sparrow positive");
        assertThat(facts("Zorblang is light on its own. It drags in real operational weight: Vortex, a broker "
                + "and blob storage."))
                .contains("Vortex USED_WITH Zorblang positive");
    }

    @Test
    void aColonListOfRivalsOrASentenceAfterTheColonIsNoCompanionList() {
        assertThat(facts("Falcon has two serious rivals: Kestrel and Sparrow."))
                .doesNotContain("Falcon USED_WITH Kestrel positive", "Falcon USED_WITH Sparrow positive");
        assertThat(facts("Falcon taught us one thing: Kestrel is not ready."))
                .doesNotContain("Falcon USED_WITH Kestrel positive");
    }
    @Test
    void anAdverbInsideARelationPhraseKeepsIt() {
        assertThat(facts("On the server Falcon works very well with Kestrel."))
                .contains("Falcon USED_WITH Kestrel positive");
        assertThat(facts("Sparrow integrates really tightly with Vortex."))
                .contains("Sparrow USED_WITH Vortex positive");
    }

    @Test
    void bundlingExtendingAndDesigningForATechnologyIsUsingItWithAnother() {
        assertThat(facts("Kestrel comes bundled with Falcon, so there is nothing to install."))
                .contains("Falcon USED_WITH Kestrel positive");
        assertThat(facts("Sparrow is an extension for Vortex."))
                .contains("Sparrow USED_WITH Vortex positive");
        assertThat(facts("Kestrel is designed for Falcon clusters."))
                .contains("Falcon USED_WITH Kestrel positive");
    }
    @Test
    void aTechnologyNamedAsAPartOfAnotherIsUsedWithIt() {
        assertThat(facts("Falcon is the newer framework. Its template language is Zorblang."))
                .contains("Falcon USED_WITH Zorblang positive");
        assertThat(facts("Sparrow's default package manager is Kestrel."))
                .contains("Kestrel USED_WITH Sparrow positive");
    }

    @Test
    void aRivalNamedAsAPartIsNotUsedWithIt() {
        assertThat(facts("Sparrow's main competitor is Kestrel."))
                .doesNotContain("Kestrel USED_WITH Sparrow positive");
        assertThat(facts("Falcon's syntax is simple, and Kestrel is faster."))
                .doesNotContain("Falcon USED_WITH Kestrel positive");
    }

    @Test
    void whatUsersOfAToolWriteInALanguageIsUsedWithItNotItsSource() {
        assertThat(facts("Kestrel is a build tool. Its configuration is written in Zorblang."))
                .contains("Kestrel USED_WITH Zorblang positive").doesNotContain("Kestrel WRITTEN_IN Zorblang positive");
        assertThat(facts("Falcon runs the tests. Pipelines are defined in a Nimbel DSL, so anything goes."))
                .contains("Falcon USED_WITH Nimbel positive");
        assertThat(facts("Sparrow is old. It is configured in Tessel, and it can do anything."))
                .contains("Sparrow USED_WITH Tessel positive").doesNotContain("Sparrow WRITTEN_IN Tessel positive");
    }

    @Test
    void aToolWrittenInALanguageOrAnArtifactWithNoToolStaysAsItWas() {
        assertThat(facts("Kestrel is written in Zorblang, and it is fast."))
                .contains("Kestrel WRITTEN_IN Zorblang positive").doesNotContain("Kestrel USED_WITH Zorblang positive");
        assertThat(facts("Falcon and Sparrow are both popular. Templates are written in Nimbel."))
                .doesNotContain("Falcon USED_WITH Nimbel positive", "Nimbel USED_WITH Sparrow positive");
        assertThat(facts("Kestrel is fast. Most services here are written in Tessel."))
                .doesNotContain("Kestrel USED_WITH Tessel positive");
    }

    @Test
    void aLanguageCompiledToARuntimesBytecodeRunsOnIt() {
        assertThat(facts("Zorblang compiles to Vortex bytecode, so it starts fast."))
                .contains("Zorblang RUNS_ON Vortex positive").doesNotContain("Zorblang COMPILES_TO Vortex positive");
        assertThat(facts("Nimbel and Tessel are young. Both compile to bytecode for the Quasar runtime."))
                .contains("Nimbel RUNS_ON Quasar positive", "Tessel RUNS_ON Quasar positive");
        assertThat(facts("Transpo compiles Zorblang to Vortex bytecode."))
                .contains("Zorblang RUNS_ON Vortex positive").doesNotContain("Transpo RUNS_ON Vortex positive");
        assertThat(facts("Transpo compiles to Nimbel, not to Quasar bytecode."))
                .doesNotContain("Transpo RUNS_ON Quasar positive");
    }

    @Test
    void choosingOneTechnologyOverAnotherComparesThem() {
        assertThat(facts("For a chat service I would pick Falcon over Sparrow."))
                .contains("Falcon COMPARED_WITH Sparrow positive");
        assertThat(facts("We would not choose Zorblang for game development over Nimbel or Tessel."))
                .contains("Nimbel COMPARED_WITH Zorblang positive", "Tessel COMPARED_WITH Zorblang positive")
                .doesNotContain("Nimbel COMPARED_WITH Tessel positive");
    }

    @Test
    void overWithoutAChoiceOrAfterAnotherTechnologyComparesNothing() {
        assertThat(facts("Falcon sends its events over Kestrel."))
                .doesNotContain("Falcon COMPARED_WITH Kestrel positive");
        assertThat(facts("We picked Falcon with Sparrow, and over time Kestrel grew."))
                .doesNotContain("Falcon COMPARED_WITH Kestrel positive", "Kestrel COMPARED_WITH Sparrow positive");
    }

    @Test
    void whatATechnologyWorksViaOrThroughIsUsedWithIt() {
        assertThat(facts("Zorblang compiles to native code via Quasar, so loops are fast."))
                .contains("Quasar USED_WITH Zorblang positive");
        assertThat(facts("Falcon reads its settings through Kestrel."))
                .contains("Falcon USED_WITH Kestrel positive");
        assertThat(facts("Falcon goes through a long review before each release."))
                .noneMatch(f -> f.contains("USED_WITH"));
    }

    @Test
    void aTitleFromOneTechnologyToAnotherNamesAMove() {
        assertThat(facts(extract("# From Sparrow to Kestrel: a year later\n\nThe rewrite went well.\n", Format.MARKDOWN)))
                .contains("Kestrel COMPARED_WITH Sparrow positive");
        assertThat(facts(extract("## From Falcon to Quasar, one step at a time\n\nIt took a month.\n", Format.MARKDOWN)))
                .contains("Falcon COMPARED_WITH Quasar positive");
        assertThat(facts("From Falcon to Kestrel, every framework here has a router."))
                .doesNotContain("Falcon COMPARED_WITH Kestrel positive");
    }

    @Test
    void aTechnologySetBesideItsAndAPlainNounIsAPartOfWhatItsStandsFor() {
        assertThat(facts("Zorblang is a small language. Transpo, its build tool, is fast."))
                .contains("Transpo USED_WITH Zorblang positive");
        assertThat(facts("Falcon is a web framework. Kestrel, its companion library for game development, is new."))
                .contains("Falcon USED_WITH Kestrel positive");
        assertThat(facts("Falcon is a web framework. Kestrel, its main competitor, is new."))
                .doesNotContain("Falcon USED_WITH Kestrel positive");
    }

    @Test
    void aToolNamedForItsLanguageServesItAndIsNotWrittenInIt() {
        assertThat(facts("For Nimbel most teams use Pecker, and some use nothing."))
                .contains("Nimbel USED_WITH Pecker positive").doesNotContain("Pecker WRITTEN_IN Nimbel positive");
        assertThat(facts("Pecker is the same engine tuned for Nimbel."))
                .contains("Nimbel USED_WITH Pecker positive").doesNotContain("Pecker WRITTEN_IN Nimbel positive");
        assertThat(facts("Pecker and Nimbel are both fast."))
                .contains("Pecker WRITTEN_IN Nimbel positive");
    }

    @Test
    void whatATechnologyReplacesIsNotWrittenInTheLanguageNamedBesideIt() {
        assertThat(facts("For Nimbel teams, Kestrel replaces Sparrow and Pecker."))
                .doesNotContain("Sparrow WRITTEN_IN Nimbel positive", "Pecker WRITTEN_IN Nimbel positive");
        assertThat(facts("Nimbel: Kestrel has replaced Sparrow."))
                .doesNotContain("Sparrow WRITTEN_IN Nimbel positive");
        assertThat(facts("Sparrow and Nimbel both shine here."))
                .contains("Sparrow WRITTEN_IN Nimbel positive");
    }
}
