//! Region plugin `helse-bergen`: Helse Bergen HF and Haraldsplass Diakonale Sykehus with
//! their kommuner, on top of the national baseline.
//!
//! Source: the saksframlegg to the samarbeidsutvala (Samarbeidssekretariatet, 2017),
//! «Særavtale til Tenesteavtale 2, 6 og 10 Samarbeid om opplæring av pasientar, brukarar
//! og pårørande i eit lærings- og meistringsnettverk», which proposes that the parties
//! join the særavtale; its text and an adoption are not in the sources. What it says: an
//! LM network led by a work group of one kommune representative per samarbeidsutval, one
//! from specialist care and a user representative; LMS-Bergen developed competence
//! modules ("verktøykasse") for professionals; the work group keeps a running overview of
//! offers. During the project, each kommune representative and the one from specialist
//! care (not the user representative) had 20 % of a post paid from the samhandlingsmidlar
//! Helse Vest granted in 2014. It builds on the laws and documents named in the
//! tjenesteavtalene and on Helsedirektoratet's guide; it names no point of the TAs, so
//! every point cited below is an interpretation and says so.

use ansvar_sdk::prelude::*;

ansvar_sdk::region!(HelseBergen = SPEC);

const SAERAVTALE: &str = "Samarbeidssekretariatet (SSE), sak til samarbeidsutvala (2017): Særavtale til Tenesteavtale 2, 6 og 10 Samarbeid om opplæring av pasientar, brukarar og pårørande i eit lærings- og meistringsnettverk (saksframlegg med forslag til vedtak)";

/// The saksframlegg names no point of the særavtale's parent TAs; every rule citing one
/// says that the point is an interpretation.
const CAVEAT_POINT: &str = "Saksframlegget (2017) nevner ingen punkter i tjenesteavtalene; det sier bare at særavtalen bygger på lovene og dokumentene som er nevnt i tjenesteavtalene, og på Helsedirektoratets veileder. Punktet i avtalehenvisningen er en tolkning og kan endres i plugins/helse-bergen/src/lib.rs.";

/// The lead and the point, both interpretations.
const CAVEAT_LEAD_POINT: &str = "Saksframlegget legger ledelsen til arbeidsgruppa i LM-nettverket, ikke til ett nivå; at LMS-Bergen (helseforetaket) leder, er en tolkning. Saksframlegget (2017) nevner heller ingen punkter i tjenesteavtalene, så punktet i avtalehenvisningen er også en tolkning. Kan endres i plugins/helse-bergen/src/lib.rs.";

pub static SPEC: RegionSpec = RegionSpec {
    id: "helse-bergen",
    name: "Helse Bergen",
    rhf: "Helse Vest RHF",
    hf_parties: &["Helse Bergen HF", "Haraldsplass Diakonale Sykehus"],
    agreements: &[AgreementSpec {
        id: "helse-bergen/saeravtale-lm-nettverk",
        title: SAERAVTALE,
        version: "2017 (saksframlegg)",
        adopted: None,
        effective_from: None,
        effective_to: None,
    }],
    // The særavtale names its parents TA 2, 6 and 10 after the items of hol. § 6-2; other
    // items are cited as the paragraph itself rather than guessing a local number.
    local_ta: &[(2, "TA 2"), (6, "TA 6"), (10, "TA 10")],
    local_ta_caveat: None,
    // The LM network's work group has a user representative (the 2017 saksframlegg).
    requires_user_representation: true,
    rules: RULES,
};

static RULES: &[Rule] = &[
    Rule {
        id: "helse-bergen/lm-nettverk",
        task: "lm-nettverk",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &["brukerrepresentant i arbeidsgruppa", "samarbeidsutvalgene"],
        clause: Some("Særavtale LM-nettverk; TA 6 pkt 4.2"),
        sources: &[SAERAVTALE],
        note: "LM-nettverket ledes av ei arbeidsgruppe med én kommunerepresentant per samarbeidsutvalg, én fra spesialisthelsetjenesten og én brukerrepresentant; LMS-Bergen (Helse Bergen og Haraldsplass) koordinerer.",
        caveat: Some(CAVEAT_LEAD_POINT),
    },
    Rule {
        id: "helse-bergen/lm-oversikt",
        task: "lm-oversikt",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &["brukerrepresentant i arbeidsgruppa"],
        clause: Some("Særavtale LM-nettverk; TA 6 pkt 4.2"),
        sources: &[SAERAVTALE],
        note: "Arbeidsgruppa i LM-nettverket holder en løpende oversikt over tiltak, tilbud under planlegging og hvem som er med i nettverket.",
        caveat: Some(CAVEAT_LEAD_POINT),
    },
    Rule {
        id: "helse-bergen/helsepedagogikk-kurs",
        task: "helsepedagogikk-kurs",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &[],
        clause: Some("Særavtale LM-nettverk; TA 6 pkt 7.1"),
        sources: &[SAERAVTALE],
        note: "LMS-Bergen har utviklet kompetansemoduler («verktøykasse») for fagfolk som underviser pasienter, brukere og pårørende; kommunene tar modulene i bruk gjennom nettverket.",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "helse-bergen/kursleder-opplaering",
        task: "kursleder-opplaering",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &["NK LMH"],
        clause: Some("Særavtale LM-nettverk; TA 6 pkt 7.1"),
        sources: &[SAERAVTALE],
        note: "Opplæring av kursledere inngår i kompetansemodulene fra LMS-Bergen; kommunerepresentantene i nettverket sprer dem i kommunene.",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "helse-bergen/veiledning-kommune",
        task: "veiledning-kommune",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[],
        partners: &[],
        clause: Some("Særavtale LM-nettverk; TA 6 pkt 7.1"),
        sources: &[SAERAVTALE],
        note: "Helseforetaket oppfyller veiledningsplikten overfor kommunene blant annet gjennom LM-nettverket og kompetansemodulene.",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "helse-bergen/diagnosespesifikk-opplaering",
        task: "diagnosespesifikk-opplaering",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[],
        partners: &["brukerorganisasjoner"],
        clause: Some("Særavtale LM-nettverk; TA 2 pkt 5.13"),
        sources: &[SAERAVTALE],
        note: "LMS-Bergen, et samarbeid mellom Helse Bergen og Haraldsplass, gir de diagnosespesifikke tilbudene; nettverket skal sørge for at de bygger på og utfyller de kommunale tilbudene.",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "helse-bergen/generell-mestring",
        task: "generell-mestring",
        when: When::ANY,
        owner: Level::Kommune,
        contributors: &[Level::Hf],
        partners: &["brukerorganisasjoner"],
        clause: Some("Særavtale LM-nettverk; TA 10 pkt 6.1"),
        sources: &[SAERAVTALE],
        note: "Kommunen gir mestringskurs for hverdagsutfordringer; helseforetaket bidrar med verktøykassa for endring av levevaner og mestring.",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "helse-bergen/livsstilskurs-diabetes2",
        task: "livsstilskurs-diabetes2",
        when: When::ANY,
        owner: Level::Kommune,
        contributors: &[Level::Hf],
        partners: &[],
        clause: Some("Særavtale LM-nettverk; TA 10 pkt 6.1"),
        sources: &[SAERAVTALE],
        note: "Livsstilskurs er forebygging i kommunen; LMS-Bergen bidrar med kompetansemoduler om endring av levevaner.",
        caveat: Some(CAVEAT_POINT),
    },
];

ansvar_sdk::region_tests!(HelseBergen, kommuner: ["4601"]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_network_is_shared_and_led_by_the_hf() {
        let r = who(Query::task("lm-nettverk"));
        assert_eq!(r.source, RuleSource::Region);
        assert_eq!((r.owner, r.shared), (Level::Hf, true));
        assert_eq!(r.contributors, vec![Level::Kommune]);
        assert!(r.clause.contains("TA 6 pkt 4.2"));
        assert!(r.sources.iter().any(|b| b.contains("Særavtale")));
    }

    #[test]
    fn lifestyle_is_the_kommunes_under_ta_10() {
        let r = who(Query::task("livsstilskurs-diabetes2").diagnosis("diabetes-type2"));
        assert_eq!(r.owner, Level::Kommune);
        assert!(r.clause.contains("TA 10 pkt 6.1"));
    }

    #[test]
    fn individual_education_follows_the_phase() {
        let during = who(Query::task("individuell-opplaering").phase(Phase::During));
        let after = who(Query::task("individuell-opplaering").phase(Phase::After));
        assert_eq!(during.owner, Level::Hf);
        assert_eq!(after.owner, Level::Kommune);
    }

    #[test]
    fn kommuner_of_the_area_are_served_and_others_are_not() {
        let kommuner = SPEC.kommuner();
        for n in ["4601", "4626", "4631", "4624", "4621", "4620"] {
            assert!(kommuner.iter().any(|k| k == n), "{n}");
        }
        let err = HelseBergen.who(&Query::task("lm-nettverk").kommune("3301"));
        assert_eq!(err, Err(QueryError::KommuneNotInRegion("3301".into())));
    }

    #[test]
    fn unsettled_members_are_served_with_a_caveat() {
        let r = who(Query::task("lm-nettverk").kommune("4635"));
        assert!(
            r.caveats.iter().any(|c| c.contains("Gulen")),
            "{:?}",
            r.caveats
        );
    }

    /// The saksframlegg names no TA point: a rule that cites one says it is an
    /// interpretation.
    #[test]
    fn every_cited_ta_point_is_marked_as_an_interpretation() {
        for rule in SPEC.rules {
            if rule.clause.is_some_and(|c| c.contains("pkt")) {
                let caveat = rule.caveat.unwrap_or_default();
                assert!(
                    caveat.contains("punkt") && caveat.contains("tolkning"),
                    "{}: {caveat}",
                    rule.id
                );
            }
        }
    }
}
