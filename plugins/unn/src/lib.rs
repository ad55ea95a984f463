//! Region plugin `unn`: Universitetssykehuset Nord-Norge HF (Helse Nord) with its kommuner,
//! on top of the national baseline.
//!
//! Source: NK LMH (2014) «Kommunale lærings- og mestringstjenester – smakebiter på
//! samhandling», the article «Nytenkning om læring og mestring i Tromsø» (pp. 12–15,
//! first published on mestring.no). What it says: Tromsø kommune's project (final report November 2012)
//! recommended not to build a municipal LM centre but a municipal **koordinator for
//! lærings- og mestringstilbud** and an **arena model** (offers on arenas people already
//! use: «TVIBIT» for the young, the senior centre); the centre as a centre stays at UNN.
//! The kommune was to cover large disease groups and lifestyle (levevaner) because
//! LMS UNN concentrates on **diagnosis-specific** groups; Tromsø trains self-help group
//! starters (igangsettere) with Selvhjelp Norge (said in the 2014 article, not in the
//! 2012 report) and hired a physiotherapist for a frisklivssentral.
//! Balsfjord and Karlsøy use Tromsø's coordinator. LMS UNN set up a **fagnettverk** with
//! the 14 kommuner that had started LM work; its purpose is set by **tjenesteavtale 6**
//! between UNN and each kommune (competence building, exchange of experience, professional
//! development, quality work); the kommune members attend UNN's basic course in health
//! pedagogy. E-learning after cardiac admissions is developed by Skibotn Rehabilitering
//! (LHL Helse) with UNN and the national telemedicine centre; Tromsø kommune wants to
//! take part in applying for EU project funds and to be innovative in the field.
//!
//! Only TA 6 is named in the source; the other TA numbers follow hol. § 6-2 and carry a
//! caveat. The article describes Tromsø; rules that rest on Tromsø alone are conditioned
//! on its kommunenummer, and region-wide readings of it say they are interpretations.

use ansvar_sdk::prelude::*;

ansvar_sdk::region!(Unn = SPEC);

/// Tromsø kommune.
const TROMSO: &str = "5501";
/// Tromsø and the kommuner that use Tromsø's LM coordinator (Balsfjord, Karlsøy).
const TROMSO_SAMARBEID: &[&str] = &["5501", "5532", "5534"];

const TA6: &str = "Fagnettverk for læring og mestring mellom LMS UNN og 14 kommuner, etter tjenesteavtale 6 mellom UNN HF og hver kommune (slik NK LMH 2014 beskriver det)";
const KILDE: &str = "NK LMH (2014): Kommunale lærings- og mestringstjenester – smakebiter på samhandling: «Nytenkning om læring og mestring i Tromsø»";
const SLUTTRAPPORT: &str = "Tromsø kommune: sluttrapport fra prosjektet kommunalt lærings- og mestringssenter (november 2012), slik NK LMH (2014) gjengir den i «Nytenkning om læring og mestring i Tromsø»";

const CAVEAT_POINT: &str = "Kilden (NK LMH 2014) sier ikke hvilket punkt i UNNs tjenesteavtaler som dekker oppgaven; henvisningen er en tolkning og kan endres i plugins/unn/src/lib.rs.";
const CAVEAT_TROMSO: &str = "Kilden beskriver arbeidsdelingen mellom Tromsø kommune og LMS UNN; at den gjelder alle kommunene i UNN-området er en tolkning. Legg inn kommunevilkår i plugins/unn/src/lib.rs om den bare skal gjelde Tromsø.";

pub static SPEC: RegionSpec = RegionSpec {
    id: "unn",
    name: "Universitetssykehuset Nord-Norge",
    rhf: "Helse Nord RHF",
    hf_parties: &["Universitetssykehuset Nord-Norge HF"],
    agreements: &[AgreementSpec {
        id: "unn/tjenesteavtale-6-fagnettverk",
        title: TA6,
        version: "2014",
        adopted: None,
        effective_from: None,
        effective_to: None,
    }],
    // TA 6 is named in the source for the fagnettverk; TA 2 and TA 10 follow the items of
    // hol. § 6-2 as in the 2012 generation of agreements, unverified for UNN.
    local_ta: &[(2, "TA 2"), (6, "TA 6"), (10, "TA 10")],
    local_ta_caveat: Some(
        "Bare TA 6 er nevnt i kilden (NK LMH 2014); at TA 2 og TA 10 dekker hol. § 6-2 nr. 2 og 10 hos UNN, er ikke kontrollert og kan endres i plugins/unn/src/lib.rs.",
    ),
    // The article: users take part in planning, running and evaluating every LM offer
    // (standard metode, preferably two or more experienced users), both at LMS UNN and
    // through Tromsø's coordinator.
    requires_user_representation: true,
    rules: RULES,
};

static RULES: &[Rule] = &[
    Rule {
        id: "unn/lm-nettverk",
        task: "lm-nettverk",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &[],
        clause: Some("TA 6 (UNN–kommune): fagnettverk for læring og mestring"),
        sources: &[TA6, KILDE],
        note: "LMS UNN opprettet et fagnettverk med de 14 kommunene som var i gang med lærings- og mestringsarbeid; etter tjenesteavtale 6 skal nettverket være en arena for kompetansebygging, erfaringsutveksling, fagutvikling og kvalitetsarbeid. Nettverket bruker mest videokonferanser.",
        caveat: None,
    },
    Rule {
        id: "unn/helsepedagogikk-kurs",
        task: "helsepedagogikk-kurs",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &[],
        clause: Some("TA 6 (UNN–kommune): fagnettverk for læring og mestring"),
        sources: &[TA6, KILDE],
        note: "Kommunenes deltakere i fagnettverket går på UNNs grunnkurs i helsepedagogikk; kommunene sender sine fagfolk.",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "unn/veiledning-kommune",
        task: "veiledning-kommune",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[],
        partners: &[],
        clause: Some("TA 6 (UNN–kommune): fagnettverk for læring og mestring"),
        sources: &[TA6, KILDE],
        note: "Tromsø-prosjektet pekte på behov for samarbeid med UNN om kompetanse; kommunens koordinator fikk innføring i arbeidsmåten for læring og mestring (standard metode) fra LMS UNN.",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "unn/diagnosespesifikk-opplaering",
        task: "diagnosespesifikk-opplaering",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[],
        partners: &["brukerorganisasjoner", "erfarne brukere"],
        clause: Some("TA 2 (hol. § 6-2 nr. 2); Tromsø-prosjektets sluttrapport 2012"),
        sources: &[KILDE, SLUTTRAPPORT],
        note: "LMS UNN konsentrerer seg om diagnosespesifikke grupper, og lærings- og mestringssenteret som senter opprettholdes i helseforetaket ved UNN.",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "unn/e-laering",
        task: "e-laering",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &[
            "Skibotn Rehabilitering (LHL Helse)",
            "Nasjonalt senter for samhandling og telemedisin",
        ],
        clause: Some("TA 2 (hol. § 6-2 nr. 2)"),
        sources: &[KILDE],
        note: "Skibotn Rehabilitering (LHL Helse) utvikler e-læring for personer etter sykehusinnleggelse for hjerte- og karsykdom i samarbeid med UNN og Nasjonalt senter for samhandling og telemedisin; Tromsø kommune er pådriver og skal være med og søke om prosjektmidler fra EU. E-læring trekkes fram som særlig nyttig for små kommuner.",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "unn/lm-koordinator-tromso",
        task: "lm-koordinator",
        when: When {
            kommune: TROMSO_SAMARBEID,
            ..When::ANY
        },
        owner: Level::Kommune,
        contributors: &[],
        partners: &["Tromsø kommunes koordinator for lærings- og mestringstilbud"],
        clause: Some("Tromsø-prosjektets sluttrapport 2012: koordinator i stedet for senter"),
        sources: &[KILDE, SLUTTRAPPORT],
        note: "Tromsø kommune valgte en koordinator for lærings- og mestringstilbud og en arenamodell i stedet for et kommunalt lærings- og mestringssenter. Koordinatoren setter i gang tilbud, kvalitetssikrer og evaluerer dem og sørger for brukermedvirkning i praksis; Balsfjord og Karlsøy bruker tilbud og modeller gjennom Tromsøs koordinator.",
        caveat: None,
    },
    Rule {
        id: "unn/kommunalt-lms-tromso",
        task: "kommunalt-lms",
        when: When {
            kommune: &[TROMSO],
            ..When::ANY
        },
        owner: Level::Kommune,
        contributors: &[],
        partners: &[],
        clause: Some("Tromsø-prosjektets sluttrapport 2012: koordinator i stedet for senter"),
        sources: &[KILDE, SLUTTRAPPORT],
        note: "Tromsø kommune har ikke et kommunalt lærings- og mestringssenter: etter prosjektet (2010–2012) og tilbakemelding fra brukerne arbeider kommunen med arenamodell, med tilbud der folk allerede møtes (ungdom på «TVIBIT», seniorer på seniorsenteret). Senteret som senter opprettholdes ved UNN. Beslutningen om et eget senter er kommunens.",
        caveat: None,
    },
    Rule {
        id: "unn/frisklivssentral-tromso",
        task: "frisklivssentral",
        when: When {
            kommune: &[TROMSO],
            ..When::ANY
        },
        owner: Level::Kommune,
        contributors: &[],
        partners: &["fastlege"],
        clause: Some("Tromsø-prosjektets sluttrapport 2012; TA 10 (hol. § 6-2 nr. 10)"),
        sources: &[KILDE],
        note: "Tromsø kommune brukte deler av prosjektmidlene til en fysioterapeut i en frisklivssentral: frisklivstilbudet kommer tidligere inn enn lærings- og mestringstilbudene og når andre målgrupper.",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "unn/generell-mestring",
        task: "generell-mestring",
        when: When::ANY,
        owner: Level::Kommune,
        contributors: &[],
        partners: &["frivillige organisasjoner", "brukerorganisasjoner"],
        clause: Some("Tromsø-prosjektets sluttrapport 2012; TA 10 (hol. § 6-2 nr. 10)"),
        sources: &[KILDE, SLUTTRAPPORT],
        note: "Kommunen skal samarbeide med frivillige organisasjoner og ta de store sykdomsgruppene og hverdagsutfordringer på tvers av diagnoser (seksualliv, rolleendring, ensomhet, psykisk helse), fordi LMS UNN konsentrerer seg om diagnosespesifikke grupper.",
        caveat: Some(CAVEAT_TROMSO),
    },
    Rule {
        id: "unn/livsstilskurs-diabetes2",
        task: "livsstilskurs-diabetes2",
        when: When::ANY,
        owner: Level::Kommune,
        contributors: &[],
        partners: &["Diabetesforbundet", "LHL"],
        clause: Some("Tromsø-prosjektets sluttrapport 2012; TA 10 (hol. § 6-2 nr. 10)"),
        sources: &[KILDE, SLUTTRAPPORT],
        note: "Levevaner og store sykdomsgrupper er kommunens del; Tromsø kommune har diabetes 2-kurs, Diabetesdagen og aktivitets- og motivasjonsgrupper for personer med diabetes og hjerte- og karlidelser i samarbeid med LHL og Diabetesforbundet.",
        caveat: Some(CAVEAT_TROMSO),
    },
    Rule {
        id: "unn/selvhjelpsgrupper",
        task: "selvhjelpsgrupper",
        when: When::ANY,
        owner: Level::Kommune,
        contributors: &[],
        partners: &["Selvhjelp Norge"],
        clause: Some("TA 10 (hol. § 6-2 nr. 10)"),
        sources: &[KILDE],
        note: "Tromsø kommune samarbeider nå (NK LMH 2014) med Selvhjelp Norge om å lære opp igangsettere av selvhjelpsgrupper, der deltakere fra kommunens lærings- og mestringstilbud kan fortsette erfaringsutvekslingen selv.",
        caveat: Some(CAVEAT_TROMSO),
    },
    Rule {
        id: "unn/brukermedvirkning",
        task: "brukermedvirkning",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &["erfarne brukere", "brukerorganisasjoner"],
        clause: Some("TA 6 (UNN–kommune): fagnettverk for læring og mestring"),
        sources: &[TA6, KILDE],
        note: "Etter arbeidsmåten for læring og mestring (standard metode) fra LMS UNN er brukerne med i planlegging, gjennomføring og evaluering, helst to eller flere erfarne brukere; Tromsøs koordinator sørger for det samme i kommunens tilbud.",
        caveat: Some(CAVEAT_POINT),
    },
];

ansvar_sdk::region_tests!(Unn, kommuner: ["5501", "5532", "1806"]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fagnettverk_is_led_by_unn_under_ta_6() {
        let r = who(Query::task("lm-nettverk").kommune("5540"));
        assert_eq!(r.source, RuleSource::Region);
        assert_eq!((r.owner, r.shared), (Level::Hf, true));
        assert_eq!(r.contributors, vec![Level::Kommune]);
        assert!(r.clause.starts_with("TA 6"));
        assert!(r.caveats.is_empty(), "{:?}", r.caveats);
    }

    #[test]
    fn unn_keeps_diagnosis_specific_groups_and_the_kommune_takes_lifestyle() {
        let d = who(Query::task("diagnosespesifikk-opplaering").diagnosis("kols"));
        assert_eq!((d.owner, d.shared), (Level::Hf, false));
        assert_eq!(d.rule, "unn/diagnosespesifikk-opplaering");
        for task in [
            "generell-mestring",
            "livsstilskurs-diabetes2",
            "selvhjelpsgrupper",
        ] {
            let r = who(Query::task(task).kommune("5501"));
            assert_eq!(
                (r.owner, r.source),
                (Level::Kommune, RuleSource::Region),
                "{task}"
            );
        }
    }

    #[test]
    fn tromso_has_a_coordinator_and_no_centre_and_shares_it_with_balsfjord_and_karlsoy() {
        for k in ["5501", "5532", "5534"] {
            let r = who(Query::task("lm-koordinator").kommune(k));
            assert_eq!(r.rule, "unn/lm-koordinator-tromso", "{k}");
            assert_eq!(r.owner, Level::Kommune);
        }
        let lms = who(Query::task("kommunalt-lms").kommune("5501"));
        assert_eq!(lms.rule, "unn/kommunalt-lms-tromso");
        assert!(lms.note.contains("arenamodell"));
        // Narvik is outside Tromsø's cooperation: the national baseline answers.
        let narvik = who(Query::task("lm-koordinator").kommune("1806"));
        assert_eq!(narvik.source, RuleSource::Baseline);
    }

    #[test]
    fn ta_2_and_10_carry_the_local_ta_caveat() {
        let r = who(Query::task("individuell-plan"));
        assert!(r.clause.contains("TA 2 (hol. § 6-2 nr. 2)"));
        assert!(r.caveats.iter().any(|c| c.contains("Bare TA 6")));
    }

    #[test]
    fn kommuner_of_the_area_are_served_and_others_are_not() {
        let kommuner = SPEC.kommuner();
        for n in ["5501", "5503", "1806", "1853", "1851", "5510"] {
            assert!(kommuner.iter().any(|k| k == n), "{n}");
        }
        // Herøy 1818 (Nordland) is Helgelandssykehuset's, not UNN's.
        assert_eq!(
            Unn.who(&Query::task("lm-nettverk").kommune("1818")),
            Err(QueryError::KommuneNotInRegion("1818".into()))
        );
    }
}
