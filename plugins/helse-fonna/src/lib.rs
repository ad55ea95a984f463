//! Region plugin `helse-fonna`: Helse Fonna HF (Helse Vest) with its kommuner, on top of
//! the national baseline.
//!
//! Sources, and how far they go: the sources we hold give only the **title** of NK LMH's
//! (2014) article «Samhandling om læring og meistring i Helse Fonna-regionen», not its
//! text. Every rule here rests on no text of a source we hold: they follow the general
//! description in the domain notes (networks set up and approved by the
//! samhandlingsutval; LM built into the cardiac, KOLS and type 2 diabetes pathways),
//! which is unverified, and every rule carries a caveat that says so.
//!
//! Diagnosis-conditioned rules: in the cardiac, KOLS and type 2 diabetes pathways the
//! diagnosis-specific courses and LM in the pathway are shared with the kommune; other
//! diagnoses follow the national baseline. No rule gives diagnosis-specific education to
//! the kommune alone (sphl. § 3-8 nr. 4).

use ansvar_sdk::prelude::*;

ansvar_sdk::region!(HelseFonna = SPEC);

/// The pathways in which LM is built in (heart, KOLS, type 2 diabetes).
const FORLOP: &[&str] = &["hjertesykdom", "kols", "diabetes-type2"];

const NETTVERK: &str = "Nettverk for lærings- og meistringstilbod mellom Helse Fonna HF og kommunane (uverifisert skildring; ingen tekst i kjeldene)";
const NK_LMH: &str = "NK LMH (2014): Kommunale lærings- og mestringstjenester – smakebiter på samhandling: «Samhandling om læring og meistring i Helse Fonna-regionen»";

const CAVEAT_SOURCE: &str = "Kildene gir bare tittelen på NK LMH-artikkelen om Helse Fonna (2014); regelen bygger ikke på tekst fra noen kilde, men på en generell, ukontrollert beskrivelse, og TA-punktet er en tolkning. Kan endres i plugins/helse-fonna/src/lib.rs.";
const CAVEAT_DIABETES: &str = "At kommunen leder LM i forløpet for type 2-diabetes (fastlegen stiller diagnosen, livsstilstiltak i kommunen, helseforetaket ved komplikasjoner) er en tolkning av det typiske forløpet, ikke en kilde fra Helse Fonna; kan endres i plugins/helse-fonna/src/lib.rs.";

pub static SPEC: RegionSpec = RegionSpec {
    id: "helse-fonna",
    name: "Helse Fonna",
    rhf: "Helse Vest RHF",
    hf_parties: &["Helse Fonna HF"],
    agreements: &[AgreementSpec {
        id: "helse-fonna/nettverk-laering-meistring",
        title: NETTVERK,
        version: "2014",
        adopted: None,
        effective_from: None,
        effective_to: None,
    }],
    local_ta: &[(2, "TA 2"), (6, "TA 6"), (10, "TA 10")],
    local_ta_caveat: Some(
        "At TA 2, TA 6 og TA 10 dekker hol. § 6-2 nr. 2, 6 og 10 mellom Helse Fonna og kommunane, følger nummereringen fra 2012 og er ikke kontrollert; kan endres i plugins/helse-fonna/src/lib.rs.",
    ),
    // The network mandate: user organisations take part (and cover their members' costs).
    requires_user_representation: true,
    rules: RULES,
};

static RULES: &[Rule] = &[
    Rule {
        id: "helse-fonna/lm-nettverk",
        task: "lm-nettverk",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &["samhandlingsutvalget (SU)", "brukerorganisasjoner"],
        clause: Some("Nettverk for lærings- og meistringstilbod (SU); TA 6"),
        sources: &[NETTVERK, NK_LMH],
        note: "Samhandlingsutvalget oppretter og godkjenner de faglige nettverkene mellom kommunene og Helse Fonna, og begge parter deltar. At Helse Fonna står som leder, er et valg for å ha én ansvarlig.",
        caveat: Some(CAVEAT_SOURCE),
    },
    Rule {
        id: "helse-fonna/lm-oversikt",
        task: "lm-oversikt",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &[],
        clause: Some("Nettverk for lærings- og meistringstilbod (SU); TA 6"),
        sources: &[NETTVERK],
        note: "Nettverket skal ha oversikt over arenaer og kanaler for samarbeid om læring og mestring.",
        caveat: Some(CAVEAT_SOURCE),
    },
    Rule {
        id: "helse-fonna/lm-i-forlop-hjerte-kols",
        task: "lm-i-forlop",
        when: When {
            diagnosis: &["hjertesykdom", "kols"],
            ..When::ANY
        },
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &["LHL"],
        clause: Some("Nettverk for lærings- og meistringstilbod (SU): pasientforløp; TA 2"),
        sources: &[NETTVERK, NK_LMH],
        note: "Nettverket bidrar til pasientforløp og prosedyrer på tvers av nivå; i forløpene for hjertesykdom og KOLS starter opplæringen i helseforetaket og følges opp i kommunen.",
        caveat: Some(CAVEAT_SOURCE),
    },
    Rule {
        id: "helse-fonna/lm-i-forlop-diabetes2",
        task: "lm-i-forlop",
        when: When {
            diagnosis: &["diabetes-type2"],
            ..When::ANY
        },
        owner: Level::Kommune,
        contributors: &[Level::Hf],
        partners: &["fastlege", "Diabetesforbundet"],
        clause: Some("Nettverk for lærings- og meistringstilbod (SU): pasientforløp; TA 2"),
        sources: &[NETTVERK, NK_LMH],
        note: "LM er bygd inn i forløpet for type 2-diabetes, som starter hos fastlegen og i kommunens livsstilstilbud; helseforetaket kommer inn ved komplikasjoner eller insulinstart.",
        caveat: Some(CAVEAT_DIABETES),
    },
    Rule {
        id: "helse-fonna/diagnosespesifikk-opplaering-forlop",
        task: "diagnosespesifikk-opplaering",
        when: When {
            diagnosis: FORLOP,
            ..When::ANY
        },
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &["brukerorganisasjoner"],
        clause: Some("Nettverk for lærings- og meistringstilbod (SU): pasientforløp; TA 2"),
        sources: &[NETTVERK, NK_LMH],
        note: "I forløpene for hjertesykdom, KOLS og type 2-diabetes gir helseforetaket de diagnosespesifikke kursene (sphl. § 3-8 nr. 4) og kommunen tar del, slik at tilbudene henger sammen over nivåene.",
        caveat: Some(CAVEAT_SOURCE),
    },
    Rule {
        id: "helse-fonna/hjerterehab-lm-etter",
        task: "hjerterehab-lm",
        when: When {
            phase: &[Phase::After],
            ..When::ANY
        },
        owner: Level::Kommune,
        contributors: &[Level::Hf],
        partners: &["LHL"],
        clause: Some("LM i pasientforløp for hjertepasienter; TA 2"),
        sources: &[NK_LMH],
        note: "Etter spesialisthelsetjenesten gis oppfølgingen nær bosted, i kommunen; helseforetaket bidrar.",
        caveat: Some(CAVEAT_SOURCE),
    },
    Rule {
        id: "helse-fonna/hjerterehab-lm",
        task: "hjerterehab-lm",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &["LHL"],
        clause: Some("LM i pasientforløp for hjertepasienter; TA 2"),
        sources: &[NK_LMH],
        note: "Opplæringen under spesialisthelsetjenesten er helseforetakets lovpålagte oppgave (sphl. § 3-8 første ledd nr. 4); helseforetaket leder, kommunene tar del i forløpet.",
        caveat: Some(CAVEAT_SOURCE),
    },
    Rule {
        id: "helse-fonna/livsstilskurs-diabetes2",
        task: "livsstilskurs-diabetes2",
        when: When::ANY,
        owner: Level::Kommune,
        contributors: &[Level::Hf],
        partners: &["fastlege", "Diabetesforbundet"],
        clause: Some("Nettverk for lærings- og meistringstilbod (SU): pasientforløp; TA 10"),
        sources: &[NETTVERK, NK_LMH],
        note: "Livsstilskurs er forebygging i kommunen; i forløpet for type 2-diabetes bidrar helseforetaket gjennom nettverket med undervisningsmateriell og kompetanse.",
        caveat: Some(CAVEAT_DIABETES),
    },
];

ansvar_sdk::region_tests!(HelseFonna, kommuner: ["1106", "4614"]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lm_in_pathways_depends_on_the_diagnosis() {
        let heart = who(Query::task("lm-i-forlop").diagnosis("hjertesykdom"));
        let kols = who(Query::task("lm-i-forlop").diagnosis("kols"));
        let t2d = who(Query::task("lm-i-forlop").diagnosis("diabetes-type2"));
        let cancer = who(Query::task("lm-i-forlop").diagnosis("kreft"));
        assert_eq!((heart.owner, kols.owner), (Level::Hf, Level::Hf));
        assert_eq!(heart.rule, "helse-fonna/lm-i-forlop-hjerte-kols");
        assert_eq!(
            (t2d.owner, t2d.contributors.clone()),
            (Level::Kommune, vec![Level::Hf])
        );
        assert_eq!(cancer.source, RuleSource::Baseline);
    }

    #[test]
    fn diagnosis_specific_courses_are_shared_in_the_three_pathways_only() {
        for d in ["hjertesykdom", "kols", "diabetes-type2"] {
            let r = who(Query::task("diagnosespesifikk-opplaering").diagnosis(d));
            assert_eq!(
                (r.owner, r.contributors.clone()),
                (Level::Hf, vec![Level::Kommune]),
                "{d}"
            );
        }
        let rare = who(Query::task("diagnosespesifikk-opplaering").diagnosis("sjelden-tilstand"));
        assert_eq!(
            (rare.source, rare.owner, rare.shared),
            (RuleSource::Baseline, Level::Hf, false)
        );
    }

    #[test]
    fn cardiac_lm_is_hf_led_and_moves_to_the_kommune_after_discharge() {
        let during = who(Query::task("hjerterehab-lm").phase(Phase::During));
        let after = who(Query::task("hjerterehab-lm").phase(Phase::After));
        assert_eq!((during.owner, after.owner), (Level::Hf, Level::Kommune));
    }

    #[test]
    fn the_network_is_set_up_by_the_samhandlingsutval_and_every_rule_says_its_source_is_thin() {
        let r = who(Query::task("lm-nettverk"));
        assert_eq!((r.owner, r.shared), (Level::Hf, true));
        assert!(
            r.note
                .contains("Samhandlingsutvalget oppretter og godkjenner")
        );
        for rule in RULES {
            assert!(rule.caveat.is_some(), "{}", rule.id);
        }
    }

    #[test]
    fn kommuner_of_the_area_are_served_and_others_are_not() {
        let kommuner = SPEC.kommuner();
        for n in ["1106", "1149", "4614", "4618", "4611"] {
            assert!(kommuner.iter().any(|k| k == n), "{n}");
        }
        assert_eq!(
            HelseFonna.who(&Query::task("lm-nettverk").kommune("4601")),
            Err(QueryError::KommuneNotInRegion("4601".into()))
        );
    }
}
