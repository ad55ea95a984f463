//! Region plugin `sykehuset-ostfold`: Sykehuset Østfold HF (Helse Sør-Øst) with its
//! kommuner, on top of the national baseline.
//!
//! Source: NK LMH (2014) «Kommunale lærings- og mestringstjenester – smakebiter på
//! samhandling», the article «Hvordan implementere arbeidsmåten for læring og mestring i
//! kommunal helse- og omsorgstjeneste?» (pp. 16–18). What it says: Fredrikstad
//! kommune has a unit (virksomhet) **«friskliv og mestring»** in the Helsehus with four
//! departments, one of them **læring og mestring**, which holds the **frisklivssentral**
//! and the LM offers; its leader is weighing a **coordinator role** with the department as
//! a local competence centre for user participation at system level and the LM working
//! method; hiring experience consultants is named as something the department's job
//! «kan være» (may be); peer work by patient associations in the Helsehus was to be
//! arranged from October 2014, and motivation groups (overweight) in the frisklivssentral
//! were to start in the autumn («skal i gang»): plans and possibilities, which the rules
//! state as such. The source says nothing about Sykehuset Østfold's own LMS or about
//! the agreements, so only Fredrikstad is given rules; the other kommuner follow the
//! national baseline.
//!
//! Where the source and the law part: Fredrikstad also runs an LM course for people with
//! CFS/ME. Diagnosis-specific patient education is a statutory task of the hospital
//! (sphl. § 3-8 nr. 4), so no rule moves `diagnosespesifikk-opplaering` to the kommune;
//! the baseline (the HF) stands and the municipal course is a supplement.

use ansvar_sdk::prelude::*;

ansvar_sdk::region!(SykehusetOstfold = SPEC);

/// Fredrikstad kommune.
const FREDRIKSTAD: &str = "3107";

const KILDE: &str = "NK LMH (2014): Kommunale lærings- og mestringstjenester – smakebiter på samhandling: «Hvordan implementere arbeidsmåten for læring og mestring i kommunal helse- og omsorgstjeneste?» (Fredrikstad)";
/// The document the region's rules encode: Fredrikstad's organisation as the source
/// describes it.
const VIRKSOMHET: &str = "Læring og mestring i Fredrikstad kommune: virksomheten friskliv og mestring, avdeling læring og mestring med frisklivssentralen (slik NK LMH 2014 beskriver det)";

const CAVEAT_POINT: &str = "Kilden nevner ingen tjenesteavtale mellom Sykehuset Østfold og Fredrikstad; henvisningen til TA-punktet er en tolkning og kan endres i plugins/sykehuset-ostfold/src/lib.rs.";

pub static SPEC: RegionSpec = RegionSpec {
    id: "sykehuset-ostfold",
    name: "Sykehuset Østfold",
    rhf: "Helse Sør-Øst RHF",
    hf_parties: &["Sykehuset Østfold HF"],
    agreements: &[AgreementSpec {
        id: "sykehuset-ostfold/friskliv-og-mestring-fredrikstad",
        title: VIRKSOMHET,
        version: "2014",
        adopted: None,
        effective_from: None,
        effective_to: None,
    }],
    // The 2012 generation numbered TA 1–11 after the items of hol. § 6-2; not verified
    // for Sykehuset Østfold.
    local_ta: &[(2, "TA 2"), (6, "TA 6"), (10, "TA 10")],
    local_ta_caveat: Some(
        "At TA 2, TA 6 og TA 10 dekker hol. § 6-2 nr. 2, 6 og 10 mellom Sykehuset Østfold og kommunene, følger nummereringen fra 2012 og er ikke kontrollert; kan endres i plugins/sykehuset-ostfold/src/lib.rs.",
    ),
    // The article: user participation at system level, experience consultants, and a work
    // group of patient associations in Fredrikstad.
    requires_user_representation: true,
    rules: RULES,
};

static RULES: &[Rule] = &[
    Rule {
        id: "sykehuset-ostfold/frisklivssentral-fredrikstad",
        task: "frisklivssentral",
        when: When {
            kommune: &[FREDRIKSTAD],
            ..When::ANY
        },
        owner: Level::Kommune,
        contributors: &[],
        partners: &["fastleger", "erfaringskonsulenter"],
        clause: Some("Fredrikstad kommune, friskliv og mestring; TA 10 (hol. § 6-2 nr. 10)"),
        sources: &[KILDE],
        note: "Frisklivssentralen ligger i avdeling læring og mestring i virksomheten friskliv og mestring i Helsehuset; der utvikler en brukerrepresentant og en psykolog et tilbud med motivasjonsgrupper for personer med overvekt, som etter kilden skulle i gang fra høsten (2014).",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "sykehuset-ostfold/kommunalt-lms-fredrikstad",
        task: "kommunalt-lms",
        when: When {
            kommune: &[FREDRIKSTAD],
            ..When::ANY
        },
        owner: Level::Kommune,
        contributors: &[],
        partners: &[],
        clause: Some("Fredrikstad kommune, friskliv og mestring; TA 2 (hol. § 6-2 nr. 2)"),
        sources: &[KILDE],
        note: "Fredrikstad har ikke et eget senter, men en avdeling for læring og mestring i virksomheten friskliv og mestring (med rus og psykisk helse, aktivitet og fysio- og ergoterapi) i Helsehuset; avdelingen er tenkt som lokalt kompetansesenter for arbeidsmåten for læring og mestring.",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "sykehuset-ostfold/lm-koordinator-fredrikstad",
        task: "lm-koordinator",
        when: When {
            kommune: &[FREDRIKSTAD],
            ..When::ANY
        },
        owner: Level::Kommune,
        contributors: &[],
        partners: &[],
        clause: Some("Fredrikstad kommune, friskliv og mestring; TA 2 (hol. § 6-2 nr. 2)"),
        sources: &[KILDE],
        note: "Lederen for avdeling læring og mestring vurderer («kanskje») en koordinatorrolle, med avdelingen som lokalt kompetansesenter; avdelingens jobb kan etter henne være å kjenne kunnskapsgrunnlaget, øke kompetansen i helsepedagogikk og gjøre arbeidsmåten for læring og mestring til et redskap for hele den kommunale helsetjenesten. Ingenting av dette er vedtatt i kilden.",
        caveat: Some(
            "Kilden (2014) sier at koordinatorrollen vurderes, ikke at den er innført; kan endres i plugins/sykehuset-ostfold/src/lib.rs.",
        ),
    },
    Rule {
        id: "sykehuset-ostfold/brukermedvirkning-fredrikstad",
        task: "brukermedvirkning",
        when: When {
            kommune: &[FREDRIKSTAD],
            ..When::ANY
        },
        owner: Level::Kommune,
        contributors: &[Level::Hf],
        partners: &[
            "erfaringskonsulenter",
            "brukerorganisasjoner",
            "pasientforeninger",
        ],
        clause: Some("Fredrikstad kommune, friskliv og mestring; TA 2 (hol. § 6-2 nr. 2)"),
        sources: &[KILDE],
        note: "Fredrikstad vil ha brukermedvirkning på systemnivå, med sidestilt samarbeid mellom fagpersoner og brukerrepresentanter i planlegging, gjennomføring og evaluering, og lederen nevner det å ansette erfaringskonsulenter som en mulig oppgave («kan være»). Helseforetaket har samme ansvar i sine egne tilbud (brukerrepresentanten har også vært med ved overvektspoliklinikken på Sykehuset Østfold).",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "sykehuset-ostfold/likepersonsarbeid-fredrikstad",
        task: "likepersonsarbeid",
        when: When {
            kommune: &[FREDRIKSTAD],
            ..When::ANY
        },
        owner: Level::Kommune,
        contributors: &[Level::Hf],
        partners: &["brukerorganisasjoner", "pasientforeninger", "likepersoner"],
        clause: Some("Fredrikstad kommune, friskliv og mestring; TA 2 (hol. § 6-2 nr. 2)"),
        sources: &[KILDE],
        note: "Etter kilden skulle det fra oktober 2014 bli lagt til rette for at brukerorganisasjoner og pasientforeninger kan ha likepersonsarbeid i Helsehuset og informere på helsetorget; en arbeidsgruppe fra pasientforeningene beskriver organisering, innhold og avgrensning.",
        caveat: Some(CAVEAT_POINT),
    },
];

ansvar_sdk::region_tests!(SykehusetOstfold, kommuner: ["3107", "3105"]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fredrikstad_has_lm_and_the_frisklivssentral_in_one_unit() {
        for task in ["frisklivssentral", "kommunalt-lms", "lm-koordinator"] {
            let r = who(Query::task(task).kommune("3107"));
            assert_eq!(
                (r.source, r.owner),
                (RuleSource::Region, Level::Kommune),
                "{task}"
            );
            assert!(
                r.sources
                    .iter()
                    .any(|b| b.contains("Hvordan implementere arbeidsmåten")),
                "{task}"
            );
        }
        let f = who(Query::task("frisklivssentral").kommune("3107"));
        assert!(f.note.contains("avdeling læring og mestring"));
        // Sarpsborg is not described: the national baseline answers.
        let s = who(Query::task("frisklivssentral").kommune("3105"));
        assert_eq!(s.source, RuleSource::Baseline);
    }

    #[test]
    fn user_participation_in_fredrikstad_is_led_by_the_kommune_elsewhere_by_the_baseline() {
        let f = who(Query::task("brukermedvirkning").kommune("3107"));
        let s = who(Query::task("brukermedvirkning").kommune("3105"));
        assert_eq!((f.owner, s.owner), (Level::Kommune, Level::Hf));
        assert!(f.contributors.contains(&Level::Hf));
    }

    #[test]
    fn diagnosis_specific_courses_stay_with_the_hf_even_in_fredrikstad() {
        let r = who(Query::task("diagnosespesifikk-opplaering").kommune("3107"));
        assert_eq!((r.source, r.owner), (RuleSource::Baseline, Level::Hf));
    }

    #[test]
    fn kommuner_of_the_area_are_served_and_others_are_not() {
        let kommuner = SPEC.kommuner();
        // Våler 3114 (Østfold) and Vestby 3216 (Akershus) belong here.
        for n in ["3107", "3105", "3114", "3216"] {
            assert!(kommuner.iter().any(|k| k == n), "{n}");
        }
        // Våler 3419 (Innlandet) does not.
        assert_eq!(
            SykehusetOstfold.who(&Query::task("lm-nettverk").kommune("3419")),
            Err(QueryError::KommuneNotInRegion("3419".into()))
        );
    }
}
