package dev.techgraph.api.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spelling rules of the one name resolver, without a database. */
class NameResolverTest {

    @Test
    void caseSpacesHyphensAndDotsDoNotMakeTwoNames() {
        assertThat(NameResolver.compact("Zorb.js")).isEqualTo(NameResolver.compact("zorbjs"))
                .isEqualTo(NameResolver.compact("Zorb JS")).isEqualTo(NameResolver.compact("ZORB-js"));
        assertThat(NameResolver.compact("real time")).isEqualTo(NameResolver.compact("real-time"))
                .isEqualTo(NameResolver.compact("realtime"));
    }

    @Test
    void plusAndHashKeepLanguagesApart() {
        assertThat(NameResolver.compact("Nimbel#")).isNotEqualTo(NameResolver.compact("Nimbel"))
                .isNotEqualTo(NameResolver.compact("Nimbel++"));
    }

    @Test
    void theCoreOfAUseCaseDropsGenericWords() {
        assertThat(NameResolver.core("zorbling applications")).isEqualTo(NameResolver.core("Zorbling apps"))
                .isEqualTo("zorbling");
        assertThat(NameResolver.core("applications")).isEqualTo("applications");
    }

    @Test
    void closeSpellingsAreAFewEditsApartAndStrangersAreFar() {
        assertThat(NameResolver.distance("zorblang", "zorblnag")).as("a swapped pair").isEqualTo(1);
        assertThat(NameResolver.distance("zorblang", "zorbxyng")).isEqualTo(2);
        assertThat(NameResolver.distance("zorb", "zorblang")).isZero();
        assertThat(NameResolver.distance("quantumcomputing", "put")).isGreaterThan(5);
    }
}
