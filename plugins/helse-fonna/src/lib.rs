//! Region plugin `helse-fonna`: Helse Fonna HF (Helse Vest) with its kommuner, on top of
//! the national baseline.
//!
//! Sources, and how far they go: seed 002 holds only the **title** of NK LMH's (2014)
//! article «Samhandling om læring og meistring i Helse Fonna-regionen», not its text. The
//! domain notes (shared/domain/README.md, unverified) say networks are set up and approved
//! by the samhandlingsutval and that LM is built into the cardiac, KOLS and type 2 diabetes
//! pathways. The published mandate of the «Nettverk for lærings- og meistringstilbod»
//! (FOUSAM, fousam.no) says: the samhandlingsutval (SU) sets up and approves the
//! professional networks between the kommuner and Helse Fonna as the samarbeidsavtalar
//! describe; both parties must take part; each party pays its own staff's participation and
//! user organisations their members' (they may apply to FOUSAM); the network contributes to
//! cross-level patient pathways and keeps an overview of arenas and channels for
//! cooperation. The project plan «Samarbeid om lærings- og meistringstilbod i pasientforløp
//! … for hjartepasientar, Helse Fonna og tilhøyrande kommunar» (Høgskolen
//! Stord/Haugesund) describes cardiac rehabilitation as traditionally specialist care, to be
//! offered nearer home with the kommuner's training offers. Every rule therefore carries a
//! caveat that it is not read in a seed text.
//!
//! Diagnosis-conditioned rules: in the cardiac, KOLS and type 2 diabetes pathways the
//! diagnosis-specific courses and LM in the pathway are shared with the kommune; other
//! diagnoses follow the national baseline. No rule gives diagnosis-specific education to
//! the kommune alone (sphl. § 3-8 nr. 4).

use ansvar_sdk::prelude::*;

pub struct HelseFonna;

impl Region for HelseFonna {
    fn spec(&self) -> &'static RegionSpec {
        &SPEC
    }
}

ansvar_sdk::export_region!(HelseFonna);

/// The pathways in which LM is built in (heart, KOLS, type 2 diabetes).
const FORLOP: &[&str] = &["hjertesykdom", "kols", "diabetes-type2"];

const NETTVERK: &str = "Samarbeidsavtalen mellom Helse Fonna HF og kommunane: Nettverk for lærings- og meistringstilbod, mandat og organisering (oppretta og godkjent av samhandlingsutvalet)";
const NK_LMH: &str = "NK LMH (2014): Kommunale lærings- og mestringstjenester – smakebiter på samhandling: «Samhandling om læring og meistring i Helse Fonna-regionen»";
const HJARTE: &str = "Høgskolen Stord/Haugesund: prosjektplan «Samarbeid om lærings- og meistringstilbod i pasientforløp mellom spesialisthelsetenesta og primærhelsetenesta for hjartepasientar», Helse Fonna og tilhøyrande kommunar";

const CAVEAT_SOURCE: &str = "Seed 002 har bare tittelen på NK LMH-artikkelen om Helse Fonna; regelen bygger på domenenotatet og nettverkets publiserte mandat (FOUSAM), ikke på en kontrollert avtaletekst, og TA-punktet er en tolkning. Kan endres i plugins/helse-fonna/src/lib.rs.";
const CAVEAT_DIABETES: &str = "At kommunen leder LM i forløpet for type 2-diabetes (fastlegen stiller diagnosen, livsstilstiltak i kommunen, helseforetaket ved komplikasjoner) er en tolkning av det typiske forløpet, ikke en kilde fra Helse Fonna; kan endres i plugins/helse-fonna/src/lib.rs.";

pub static SPEC: RegionSpec = RegionSpec {
    id: "helse-fonna",
    name: "Helse Fonna",
    rhf: "Helse Vest RHF",
    hf_parties: &["Helse Fonna HF"],
    agreements: &[AgreementSpec {
        id: "helse-fonna/nettverk-laering-meistring",
        title: NETTVERK,
        version: "FOUSAM",
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
        partners: &[
            "samhandlingsutvalet (SU)",
            "FOUSAM",
            "brukarorganisasjonar",
            "Høgskulen på Vestlandet",
        ],
        clause: Some("Nettverk for lærings- og meistringstilbod (SU); TA 6"),
        basis: &[NETTVERK, NK_LMH],
        note: "Samhandlingsutvalet oppretter og godkjenner de faglige nettverkene mellom kommunene og Helse Fonna; begge parter plikter å delta, nettverket har en kontaktperson i FOUSAM og lager en handlingsplan hvert år. Helse Fonna står som leder fordi foretaket leder LM-nettverket i Helse Vest.",
        caveat: Some(CAVEAT_SOURCE),
    },
    Rule {
        id: "helse-fonna/lm-oversikt",
        task: "lm-oversikt",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &["FOUSAM"],
        clause: Some("Nettverk for lærings- og meistringstilbod (SU); TA 6"),
        basis: &[NETTVERK],
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
        basis: &[NETTVERK, NK_LMH, HJARTE],
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
        basis: &[NETTVERK, NK_LMH],
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
        partners: &["brukarorganisasjonar"],
        clause: Some("Nettverk for lærings- og meistringstilbod (SU): pasientforløp; TA 2"),
        basis: &[NETTVERK, NK_LMH],
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
        clause: Some(
            "Prosjekt LM i pasientforløp for hjertepasienter (Helse Fonna og kommunene); TA 2",
        ),
        basis: &[HJARTE, NK_LMH],
        note: "Etter spesialisthelsetjenesten skal tilbudet gis nær bosted; flere kommuner har treningstilbud for diagnosegrupper og på tvers av diagnoser, og helseforetaket bidrar.",
        caveat: Some(CAVEAT_SOURCE),
    },
    Rule {
        id: "helse-fonna/hjerterehab-lm",
        task: "hjerterehab-lm",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &["LHL"],
        clause: Some(
            "Prosjekt LM i pasientforløp for hjertepasienter (Helse Fonna og kommunene); TA 2",
        ),
        basis: &[HJARTE, NK_LMH],
        note: "Hjerterehabilitering har tradisjonelt vært spesialisthelsetjenestens oppgave, og sykehusene i Haugesund, Stord og Odda har ulike tilbud; helseforetaket leder, kommunene tar del i forløpet.",
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
        basis: &[NETTVERK, NK_LMH],
        note: "Livsstilskurs er forebygging i kommunen; i forløpet for type 2-diabetes bidrar helseforetaket gjennom nettverket med undervisningsmateriell og kompetanse.",
        caveat: Some(CAVEAT_DIABETES),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn who(q: Query) -> Ruling {
        HelseFonna.who(&q).unwrap_or_else(|e| panic!("{q:?}: {e}"))
    }

    #[test]
    fn every_task_answers_in_every_context_without_breaking_the_statute() {
        let points = ansvar_sdk::testing::every_point_answers_within_the_statute(
            &HelseFonna,
            &[None, Some("1106"), Some("4614")],
        );
        assert!(points > 1000);
    }

    #[test]
    fn regional_rules_have_known_tasks_and_unique_ids() {
        ansvar_sdk::testing::rules_are_well_formed(&SPEC);
    }

    #[test]
    fn answers_like_every_region() {
        ansvar_sdk::testing::answers_like_every_region(&HelseFonna);
    }

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
                .contains("Samhandlingsutvalet oppretter og godkjenner")
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
