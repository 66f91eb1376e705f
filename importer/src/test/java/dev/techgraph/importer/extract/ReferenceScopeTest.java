package dev.techgraph.importer.extract;

import dev.techgraph.importer.source.Format;
import org.junit.jupiter.api.Test;

import static dev.techgraph.importer.extract.Extraction.extract;
import static dev.techgraph.importer.extract.Extraction.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Who a clause is about: titles, plural references, verb objects and gerunds, with invented sentences. */
class ReferenceScopeTest {

    @Test
    void neitherMeansThePairTheTitleNamesNotAnOptionListedInPassing() {
        var facts = facts(extract("""
                # Zorblang and Nimbel on the Server

                Both use less memory than a typical Tessel or Rust service.

                Neither language is a good fit for game development, where Tessel remains common.
                """, Format.MARKDOWN));
        assertThat(facts).contains("Zorblang SUITED_FOR game development negative",
                        "Nimbel SUITED_FOR game development negative")
                .doesNotContain("Tessel SUITED_FOR game development negative");
    }

    @Test
    void aVerblessFragmentAfterALongerSentenceKeepsItsSubject() {
        // the subject carried into the fragment stands past the fragment's last token: reading it there threw
        assertThat(facts("After a long trial across three teams and two offices, Zorblang won. Fast, too."))
                .contains("Zorblang HAS_TRAIT high performance positive");
        assertThat(facts("Once the whole migration of our billing services was finished, we kept Kestrel. Simple."))
                .contains("Kestrel HAS_TRAIT simplicity positive");
    }

    @Test
    void theOneTechnologyAPersonTurnsToIsWhatALaterPronounMeans() {
        assertThat(facts("I switched to Kestrel last spring and have not looked back. It is simple and fast."))
                .contains("Kestrel HAS_TRAIT simplicity positive", "Kestrel HAS_TRAIT high performance positive");
        // a paragraph that opens with the pronoun goes on about it; a heading in between starts afresh
        assertThat(facts("We settled on Falcon after a long trial.\n\nIts community is large, and it is simple."))
                .contains("Falcon HAS_TRAIT simplicity positive");
        assertThat(facts(extract("We settled on Falcon after a long trial.\n\n# Setup\n\nIt is simple.",
                Format.MARKDOWN))).doesNotContain("Falcon HAS_TRAIT simplicity positive");
        assertThat(facts("We settled on Falcon after a long trial. Its community is large, and it is simple."))
                .contains("Falcon HAS_TRAIT large community positive", "Falcon HAS_TRAIT simplicity positive");
        // two technologies: the pronoun stays unresolved rather than picking one
        assertThat(facts("We compared Falcon and Kestrel for a month. It is simple."))
                .noneMatch(f -> f.contains("simplicity"));
    }

    @Test
    void aTechnologyOfAnotherKindThatAPersonUsesDoesNotTakeOverTheParagraph() {
        assertThat(facts("Falcon is our pick. You write plain Zorblang in handlers. Its community is large."))
                .contains("Falcon HAS_TRAIT large community positive")
                .doesNotContain("Zorblang HAS_TRAIT large community positive");
        assertThat(facts("Kestrel is what we chose. You get Vortex underneath for free. It is simple."))
                .contains("Kestrel HAS_TRAIT simplicity positive")
                .doesNotContain("Vortex HAS_TRAIT simplicity positive");
        // an alternative of the same kind is a change of topic
        assertThat(facts("Falcon is our pick. We evaluated Sparrow seriously. It is simple."))
                .contains("Sparrow HAS_TRAIT simplicity positive")
                .doesNotContain("Falcon HAS_TRAIT simplicity positive");
    }

    @Test
    void aNameInAPhraseThatOpensTheSentenceIsTheSettingNotTheAntecedent() {
        assertThat(facts("Kestrel is a small framework. For Nimbel services it is simple and fast."))
                .contains("Kestrel HAS_TRAIT simplicity positive")
                .doesNotContain("Nimbel HAS_TRAIT simplicity positive");
        assertThat(facts("Falcon keeps improving. In Tessel shops it is a good fit for serverless functions."))
                .contains("Falcon SUITED_FOR serverless functions positive")
                .doesNotContain("Tessel SUITED_FOR serverless functions positive");
        // without another candidate the phrase's name still stands
        assertThat(facts("For Nimbel services it is simple."))
                .contains("Nimbel HAS_TRAIT simplicity positive");
    }

    @Test
    void itAfterAPairingMeansTheTechnologyThePairingAddsTo() {
        assertThat(facts("Falcon with Zorblang is our stack for the shop. It is simple."))
                .contains("Falcon HAS_TRAIT simplicity positive")
                .doesNotContain("Zorblang HAS_TRAIT simplicity positive");
        assertThat(facts("Kestrel together with Vortex serves the booking API. It is fast."))
                .contains("Kestrel HAS_TRAIT high performance positive")
                .doesNotContain("Vortex HAS_TRAIT high performance positive");
        // a list of two is no pairing: the pronoun stays unresolved
        assertThat(facts("Falcon and Kestrel serve the booking API. It is simple."))
                .noneMatch(f -> f.contains("simplicity"));
    }

    @Test
    void aPronounInALeadingConcessionIsTheMainClauseSubject() {
        assertThat(facts("Falcon with Zorblang is our stack. Although it is not as fast as some, Sparrow is simple."))
                .contains("Sparrow HAS_TRAIT simplicity positive")
                .doesNotContain("Falcon HAS_TRAIT high performance negative");
        assertThat(facts("Kestrel with Vortex is our stack. While it is not simple, Sparrow has a large community."))
                .contains("Sparrow HAS_TRAIT large community positive")
                .doesNotContain("Kestrel HAS_TRAIT simplicity negative");
    }

    @Test
    void aTechnologyInThePredicateOfAnotherNounDoesNotTakeOverTheParagraph() {
        assertThat(facts("Falcon is our pick. The jobs are defined in a Zorblang file. It is simple."))
                .contains("Falcon HAS_TRAIT simplicity positive")
                .doesNotContain("Zorblang HAS_TRAIT simplicity positive");
        assertThat(facts("Kestrel runs the booking API. The handlers are plain Nimbel functions. It is fast."))
                .contains("Kestrel HAS_TRAIT high performance positive")
                .doesNotContain("Nimbel HAS_TRAIT high performance positive");
    }

    @Test
    void aSentenceOpeningWithOneOfTheSubjectsPartsJudgesTheSubject() {
        assertThat(facts("Falcon has served us for years. The build is fast and the setup is simple."))
                .contains("Falcon HAS_TRAIT fast build positive", "Falcon HAS_TRAIT simple setup positive");
        assertThat(facts("Kestrel powers the billing service. The startup time is excellent."))
                .contains("Kestrel HAS_TRAIT fast startup positive");
        // a use case needs the technology named: the sentence may be about the team's own work
        assertThat(facts("Falcon has served us for years. The team builds serverless functions."))
                .doesNotContain("Falcon SUITED_FOR serverless functions positive");
    }

    @Test
    void neitherWithoutATitlePairMeansThePairTheParagraphIsAbout() {
        assertThat(facts("We run Falcon and Kestrel in production. Neither is a good fit for game development."))
                .contains("Falcon SUITED_FOR game development negative", "Kestrel SUITED_FOR game development negative");
        assertThat(facts("Sparrow and Falcon serve most of our traffic. Neither framework is well suited for live chat."))
                .contains("Sparrow SUITED_FOR live chat applications negative",
                        "Falcon SUITED_FOR live chat applications negative");
        // one technology is no pair
        assertThat(facts("We run Falcon in production. Neither is a good fit for game development."))
                .noneMatch(f -> f.contains("game development"));
    }

    @Test
    void aPluralKindReferenceInAParagraphNamingNoneMeansTheTitlesSet() {
        var facts = facts(extract("""
                # Falcon or Kestrel: picking a framework

                Our team argued about this for a month.

                None of these frameworks is a good fit for game development.
                """, Format.MARKDOWN));
        assertThat(facts).contains("Falcon SUITED_FOR game development negative",
                "Kestrel SUITED_FOR game development negative");
        var other = facts(extract("""
                # Sparrow vs Falcon

                We measured both for a quarter.

                In the end these frameworks are well suited for serverless functions.
                """, Format.MARKDOWN));
        assertThat(other).contains("Sparrow SUITED_FOR serverless functions positive",
                "Falcon SUITED_FOR serverless functions positive");
    }

    @Test
    void aNameAfterAVerbOfAnotherSubjectIsAnObject() {
        assertThat(facts("Plugins exist for Nimbel, but the ecosystem is far thinner than Zorblang's and most guides assume Zorblang."))
                .doesNotContain("Zorblang HAS_TRAIT rich ecosystem negative");
        assertThat(facts("Sparrow is small, and most tutorials still mention Falcon for real-time work."))
                .doesNotContain("Falcon SUITED_FOR real-time applications positive");
    }

    @Test
    void aGerundWithAnObjectIsAnActionNotAUseCase() {
        assertThat(facts("Sparrow is great at consuming Falcon endpoints."))
                .noneMatch(f -> f.contains("consuming"));
        assertThat(facts("Kestrel is good at parsing Zorblang sources."))
                .noneMatch(f -> f.contains("parsing"));
    }

    @Test
    void aNumberedReferenceMeansTheTechnologiesTheTitleWeighsNotOneMetInPassing() {
        var facts = facts(extract("""
                # Falcon vs Sparrow for services

                Falcon starts quickly. Sparrow is small.

                Teams that know Falcon should also check Kestrel first.

                The two frameworks are a good fit for serverless functions. None of them is a sensible pick for game development.
                """, Format.MARKDOWN));
        assertThat(facts).contains("Falcon SUITED_FOR serverless functions positive",
                "Sparrow SUITED_FOR serverless functions positive", "Sparrow SUITED_FOR game development negative")
                .doesNotContain("Kestrel SUITED_FOR serverless functions positive");
        var other = facts(extract("""
                # Sparrow or Kestrel?

                We tried Kestrel last year, Sparrow before that, and Falcon once.

                Both frameworks handle real-time applications well.
                """, Format.MARKDOWN));
        assertThat(other).contains("Kestrel SUITED_FOR real-time applications positive",
                "Sparrow SUITED_FOR real-time applications positive")
                .doesNotContain("Falcon SUITED_FOR real-time applications positive");
    }

    @Test
    void bothOpeningACoordinatedClauseMeansTheWeighedPair() {
        var facts = facts(extract("""
                # Falcon or Sparrow?

                Both are web frameworks for building dashboards in the Vortex VM, and both are a sound choice for serverless functions.
                """, Format.MARKDOWN));
        assertThat(facts).contains("Falcon SUITED_FOR serverless functions positive",
                "Sparrow SUITED_FOR serverless functions positive");
        var other = facts(extract("""
                # Zorblang vs Nimbel

                Both compile to native code on Quasar, but both are a poor fit for game development.
                """, Format.MARKDOWN));
        assertThat(other).contains("Zorblang SUITED_FOR game development negative",
                "Nimbel SUITED_FOR game development negative");
    }

    @Test
    void itBeforeATraitThatStartsLikeAnExpletiveIsTheSubject() {
        assertThat(facts("Sparrow is a small framework. It is easy to learn and pleasant to use."))
                .contains("Sparrow HAS_TRAIT gentle learning curve positive");
        assertThat(facts("Tessel has a long history. It is hard to learn, though."))
                .contains("Tessel HAS_TRAIT steep learning curve positive");
    }

    @Test
    void aLaterClauseOpeningWithAQualityJudgesTheSubjectBeforeItNotANameAfterIt() {
        assertThat(facts("Falcon is popular and it shows: the community is huge and every Sparrow plugin is tested against it."))
                .contains("Falcon HAS_TRAIT large community positive")
                .doesNotContain("Sparrow HAS_TRAIT large community positive");
        assertThat(facts("Kestrel has been around for years; its community is small, and many Zorblang guides skip it."))
                .contains("Kestrel HAS_TRAIT large community negative")
                .noneMatch(f -> f.startsWith("Zorblang HAS_TRAIT large community"));
    }

    @Test
    void aPartitiveOfTheThreePicksOneMemberNotTheSet() {
        assertThat(facts("We tried Sparrow, Falcon and Kestrel for a month. It is the least invasive of the three, "
                + "and game development is simple with it."))
                .doesNotContain("Sparrow SUITED_FOR game development positive",
                        "Falcon SUITED_FOR game development positive");
        assertThat(facts("We tried Sparrow, Falcon and Kestrel for a month. Kestrel was the fastest of the three, "
                + "and it is great for serverless functions."))
                .doesNotContain("Sparrow SUITED_FOR serverless functions positive",
                        "Falcon SUITED_FOR serverless functions positive");
        assertThat(facts("We tried Sparrow, Falcon and Kestrel for a month. Each of the three is fine for serverless functions."))
                .contains("Sparrow SUITED_FOR serverless functions positive",
                        "Falcon SUITED_FOR serverless functions positive",
                        "Kestrel SUITED_FOR serverless functions positive");
    }

    @Test
    void aLaterMemberOfAListAfterAPrepositionIsAnObjectNotTheOwner() {
        assertThat(facts("Sparrow reads settings from Vortex files, Quasar volumes and other sources and is simple to run."))
                .contains("Sparrow HAS_TRAIT simplicity positive")
                .doesNotContain("Quasar HAS_TRAIT simplicity positive");
        assertThat(facts("Falcon pulls jobs from Zorblang queues, Nimbel workers and plain files and is fast."))
                .contains("Falcon HAS_TRAIT high performance positive")
                .doesNotContain("Nimbel HAS_TRAIT high performance positive");
        assertThat(facts("Sparrow, Falcon and Kestrel are all simple."))
                .contains("Falcon HAS_TRAIT simplicity positive", "Kestrel HAS_TRAIT simplicity positive");
    }

    @Test
    void theLanguageSomethingIsWrittenInIsAMeansNotTheTopic() {
        assertThat(facts("Sparrow plugins are written in Nimbel, the scheduler is mature and the runtime is fast."))
                .doesNotContain("Nimbel HAS_TRAIT high performance positive");
        assertThat(facts("Jobs for Kestrel are implemented in Tessel, and the whole thing is simple to run."))
                .doesNotContain("Tessel HAS_TRAIT simplicity positive");
        assertThat(facts("Falcon is written in Zorblang and is fast."))
                .contains("Falcon WRITTEN_IN Zorblang positive", "Falcon HAS_TRAIT high performance positive")
                .doesNotContain("Zorblang HAS_TRAIT high performance positive");
    }

    @Test
    void aSentenceThatPointsBackWithAPronounKeepsItsSubjectOverAnObjectOfTheSameKind() {
        // docs wording: another subject ("your services") uses the topic through a same-kind technology
        assertThat(facts("Kestrel is a small framework. Your services talk to it through a Falcon adapter, "
                + "and it routes each request. It is simple and fast."))
                .contains("Kestrel HAS_TRAIT simplicity positive", "Kestrel HAS_TRAIT high performance positive")
                .doesNotContain("Falcon HAS_TRAIT simplicity positive", "Falcon HAS_TRAIT high performance positive");
        // forum wording: the topic is the object pronoun of a plural subject
        assertThat(facts("Sparrow is what we run in production. Most teams wrap it in a Falcon plugin, and it then "
                + "handles retries on its own. Its community is large."))
                .contains("Sparrow HAS_TRAIT large community positive")
                .doesNotContain("Falcon HAS_TRAIT large community positive");
        // without a pronoun pointing back, a same-kind technology a sentence turns to is still a change of topic
        assertThat(facts("Falcon is our pick. We evaluated Sparrow seriously. It is simple."))
                .contains("Sparrow HAS_TRAIT simplicity positive");
    }

    @Test
    void anAnswerGoesOnAboutTheOneTechnologyTheQuestionAsked() {
        // interview wording: speaker labels, a short question, the answer in its own paragraph
        assertThat(facts("HOST: And Kestrel?\n\nGUEST: We use it for the internal services. It is simple and fast."))
                .contains("Kestrel HAS_TRAIT simplicity positive", "Kestrel HAS_TRAIT high performance positive");
        // Q&A thread wording: a question, then an answer that opens with the pronoun
        assertThat(facts("What about Falcon for a small team?\n\nIts community is large, and it is easy to learn."))
                .contains("Falcon HAS_TRAIT large community positive", "Falcon HAS_TRAIT gentle learning curve positive");
        // an answer about something else (a name the vocabulary does not know) borrows nothing from the question
        assertThat(facts("HOST: And Kestrel?\n\nGUEST: Plumbo is promising and people ship real services with it, "
                + "but it is hard to learn."))
                .noneMatch(f -> f.startsWith("Kestrel"));
        // no question: a new paragraph that does not open with the pronoun starts without a subject
        assertThat(facts("We tried Kestrel last year.\n\nFor the internal services it is simple."))
                .doesNotContain("Kestrel HAS_TRAIT simplicity positive");
    }
}
