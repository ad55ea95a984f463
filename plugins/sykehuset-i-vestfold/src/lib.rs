//! Region plugin `sykehuset-i-vestfold`: Sykehuset i Vestfold HF (Helse Sør-Øst) with its
//! kommuner, on top of the national baseline.
//!
//! Source: NK LMH (2014) «Kommunale lærings- og mestringstjenester – smakebiter på
//! samhandling», the article «Ti års erfaring med kommunalt lærings- og mestringssenter i
//! Sandefjord» (pp. 8–11). What it says: Sandefjord kommune has run a
//! **municipal LMS** since 2004, grounded in the kommune's duty to promote health (now
//! hol. § 3-3), paying salaries, premises and equipment; an **LMS forum** of user
//! organisations and the centre's staff meets about monthly; the centre runs lifestyle
//! courses for type 2 diabetes, «Å leve et friskere liv» and self-help groups with Selvhjelp
//! Norge; a **course in health pedagogy is held every autumn jointly** by Sykehuset i
//! Vestfold, Utviklingssenteret for sykehjem og hjemmetjenester i Vestfold and
//! LMS-Sandefjord; **LMS-Vestfold** is a cooperation forum of the three LM centres (the
//! hospital's LMS, the LMS of psychiatry in Vestfold and LMS-Sandefjord) that has **no
//! leader**: the participants share the allocation of work. It cooperates on peer work,
//! self-help, «Å leve et friskere liv», health pedagogy and a user office, and makes the
//! offers visible in Vestfold. What the article gives as plans (a further developed
//! health-pedagogy course, a move into a new local medical centre, networks for
//! pårørende work that «vil komme») is not written as fact in any rule.
//!
//! The source names no tjenesteavtale: Sykehuset i Vestfold numbers its agreements as
//! lettered delavtaler [check], so no local TA number is written here and every ruling
//! that would need one says so. Where a rule has to name a lead that the source leaves
//! open (the LMS-Vestfold forum has none), the rule says it is an interpretation.

use ansvar_sdk::prelude::*;

ansvar_sdk::region!(SykehusetIVestfold = SPEC);

/// Sandefjord kommune, host of LMS-Sandefjord.
const SANDEFJORD: &str = "3907";

const KILDE: &str = "NK LMH (2014): Kommunale lærings- og mestringstjenester – smakebiter på samhandling: «Ti års erfaring med kommunalt lærings- og mestringssenter i Sandefjord»";
/// The document the region's rules encode: the forum as the source describes it.
const LMS_VESTFOLD: &str =
    "Samarbeidsforumet LMS-Vestfold og kurset i helsepedagogikk (slik NK LMH 2014 beskriver dem)";

const CAVEAT_LEAD: &str = "Samarbeidsforumet LMS-Vestfold har ingen leder, og deltakerne har felles ansvar for fordelingen av oppgaver; hvilket nivå som står som leder her, er en tolkning for å ha én ansvarlig og kan endres i plugins/sykehuset-i-vestfold/src/lib.rs.";
const CAVEAT_SANDEFJORD: &str = "Kilden beskriver Sandefjord kommune; regelen gjelder derfor bare Sandefjord, og de andre kommunene følger nasjonal basis. Kan endres i plugins/sykehuset-i-vestfold/src/lib.rs.";

pub static SPEC: RegionSpec = RegionSpec {
    id: "sykehuset-i-vestfold",
    name: "Sykehuset i Vestfold",
    rhf: "Helse Sør-Øst RHF",
    hf_parties: &["Sykehuset i Vestfold HF"],
    agreements: &[AgreementSpec {
        id: "sykehuset-i-vestfold/lms-vestfold-samarbeid",
        title: LMS_VESTFOLD,
        version: "2014",
        adopted: None,
        effective_from: None,
        effective_to: None,
    }],
    // Lettered delavtaler whose letters for hol. § 6-2 nr. 2, 6 and 10 are not verified:
    // cite the paragraph itself.
    // The parties have delavtaler for the items of hol. § 6-2 (the law requires them,
    // hol. § 6-1); their letters are not verified, so the clause names the item.
    local_ta: &[
        (2, "Delavtale (bokstav ikke kontrollert)"),
        (5, "Delavtale (bokstav ikke kontrollert)"),
        (6, "Delavtale (bokstav ikke kontrollert)"),
        (10, "Delavtale (bokstav ikke kontrollert)"),
    ],
    local_ta_caveat: Some(
        "Sykehuset i Vestfold og kommunene bruker bokstaverte delavtaler; hvilken delavtale som dekker punktet i hol. § 6-2 er ikke kontrollert, så punktet er oppgitt i stedet for bokstaven. Legg inn delavtalene i RegionSpec::local_ta i plugins/sykehuset-i-vestfold/src/lib.rs.",
    ),
    // The article: the LMS forum of user organisations, and LMS-Vestfold strengthens the
    // network of user representatives.
    requires_user_representation: true,
    rules: RULES,
};

static RULES: &[Rule] = &[
    Rule {
        id: "sykehuset-i-vestfold/helsepedagogikk-kurs",
        task: "helsepedagogikk-kurs",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &[
            "Utviklingssenteret for sykehjem og hjemmetjenester i Vestfold",
            "LMS-Sandefjord",
        ],
        clause: Some("LMS-Vestfold: kurs i helsepedagogikk hver høst"),
        sources: &[KILDE],
        note: "Kurset i helsepedagogikk gjennomføres hver høst i samarbeid mellom Sykehuset i Vestfold, Utviklingssenteret for sykehjem og hjemmetjenester i Vestfold og LMS-Sandefjord; helseforetaket står som leder i tråd med veiledningsplikten (sphl. § 6-3).",
        caveat: Some(CAVEAT_LEAD),
    },
    Rule {
        id: "sykehuset-i-vestfold/lm-nettverk",
        task: "lm-nettverk",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &[
            "LMS ved psykiatrien i Vestfold",
            "LMS-Sandefjord",
            "brukerrepresentanter",
        ],
        clause: Some("LMS-Vestfold: samarbeidsforum for de tre lærings- og mestringssentrene"),
        sources: &[KILDE],
        note: "LMS-Vestfold er samarbeidsforumet for ledere og medarbeidere ved de tre lærings- og mestringssentrene i fylket (Sykehuset i Vestfold, psykiatrien i Vestfold og Sandefjord kommune); det skal styrke nettverket for fagpersoner, brukerrepresentanter og andre bidragsytere. To av de tre sentrene hører til helseforetaket.",
        caveat: Some(CAVEAT_LEAD),
    },
    Rule {
        id: "sykehuset-i-vestfold/lm-oversikt",
        task: "lm-oversikt",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &["LMS-Sandefjord"],
        clause: Some("LMS-Vestfold: samarbeidsforum for de tre lærings- og mestringssentrene"),
        sources: &[KILDE],
        note: "LMS-Vestfold skal synliggjøre lærings- og mestringstilbudene for pasienter og pårørende gjennom et større nettverk i Vestfold.",
        caveat: Some(CAVEAT_LEAD),
    },
    Rule {
        id: "sykehuset-i-vestfold/generell-mestring",
        task: "generell-mestring",
        when: When::ANY,
        owner: Level::Kommune,
        contributors: &[Level::Hf],
        partners: &["brukerorganisasjoner", "Sandefjord kreftforening"],
        clause: Some("LMS-Vestfold: samarbeid om mestringskurset «Å leve et friskere liv»"),
        sources: &[KILDE],
        note: "LMS-Sandefjord holder mestringskurset «Å leve et friskere liv» jevnlig og åpne temamøter som ikke er diagnosespesifikke; kurset er blant tiltakene de tre sentrene i LMS-Vestfold samarbeider om.",
        caveat: Some(CAVEAT_LEAD),
    },
    Rule {
        id: "sykehuset-i-vestfold/likepersonsarbeid",
        task: "likepersonsarbeid",
        when: When::ANY,
        owner: Level::Kommune,
        contributors: &[Level::Hf],
        partners: &["brukerorganisasjoner", "likepersoner"],
        clause: Some("LMS-Vestfold: praktisk og økonomisk samarbeid om likemannsarbeid"),
        sources: &[KILDE],
        note: "De tre sentrene i LMS-Vestfold har praktisk og økonomisk samarbeid om likemannsarbeid; i Sandefjord er likemannstjenesten knyttet til det kommunale senteret, der frivillige fra brukerorganisasjonene gjør flere årsverk.",
        caveat: Some(CAVEAT_LEAD),
    },
    Rule {
        id: "sykehuset-i-vestfold/kommunalt-lms-sandefjord",
        task: "kommunalt-lms",
        when: When {
            kommune: &[SANDEFJORD],
            ..When::ANY
        },
        owner: Level::Kommune,
        contributors: &[],
        partners: &["brukerorganisasjoner", "fastleger"],
        clause: Some("LMS-Sandefjord (kommunalt LMS siden 2004); hol. § 3-3"),
        sources: &[KILDE],
        note: "Sandefjord kommune har drevet et kommunalt lærings- og mestringssenter siden 2004, begrunnet i kommunens plikt til å fremme helse og forebygge sykdom (nå hol. § 3-3); kommunen dekker lønn, lokaler, renhold, kontorutstyr og inventar, og senteret er forankret i helseseksjonen.",
        caveat: None,
    },
    Rule {
        id: "sykehuset-i-vestfold/brukermedvirkning-sandefjord",
        task: "brukermedvirkning",
        when: When {
            kommune: &[SANDEFJORD],
            ..When::ANY
        },
        owner: Level::Kommune,
        contributors: &[Level::Hf],
        partners: &["LMS-forum", "brukerorganisasjoner"],
        clause: Some("LMS-Sandefjord: LMS-forum med brukerorganisasjonene"),
        sources: &[KILDE],
        note: "Kommunen har et LMS-forum av representanter fra brukerorganisasjonene og ansatte ved senteret som drøfter og forbereder saker om samarbeidet, møtes om lag hver måned og inviterer organisasjonene 2–4 ganger i året. Helseforetaket har samme ansvar i sine egne tilbud.",
        caveat: Some(CAVEAT_SANDEFJORD),
    },
    Rule {
        id: "sykehuset-i-vestfold/livsstilskurs-diabetes2-sandefjord",
        task: "livsstilskurs-diabetes2",
        when: When {
            kommune: &[SANDEFJORD],
            ..When::ANY
        },
        owner: Level::Kommune,
        contributors: &[],
        partners: &["Diabetesforbundet", "fastleger"],
        clause: Some("LMS-Sandefjord: kurs og temamøter; hol. § 3-3"),
        sources: &[KILDE],
        note: "LMS-Sandefjord holder jevnlig livsstilskurs for personer med type 2-diabetes; det lokale Diabetesforbundet var aktivt med i den tidlige fasen da senteret ble etablert.",
        caveat: Some(CAVEAT_SANDEFJORD),
    },
    Rule {
        id: "sykehuset-i-vestfold/selvhjelpsgrupper-sandefjord",
        task: "selvhjelpsgrupper",
        when: When {
            kommune: &[SANDEFJORD],
            ..When::ANY
        },
        owner: Level::Kommune,
        contributors: &[],
        partners: &["Selvhjelp Norge"],
        clause: Some("LMS-Sandefjord: kurs, temamøter og selvhjelpsarbeid; hol. § 3-3"),
        sources: &[KILDE],
        note: "LMS-Sandefjord tilbyr igangsetting av selvhjelpsgrupper i samarbeid med Selvhjelp Norge.",
        caveat: Some(CAVEAT_SANDEFJORD),
    },
];

ansvar_sdk::region_tests!(SykehusetIVestfold, kommuner: ["3907", "3905"]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_health_pedagogy_course_is_joint_and_led_by_the_hf() {
        let r = who(Query::task("helsepedagogikk-kurs"));
        assert_eq!(r.source, RuleSource::Region);
        assert_eq!((r.owner, r.shared), (Level::Hf, true));
        assert_eq!(r.contributors, vec![Level::Kommune]);
        assert!(r.partners.iter().any(|p| p.contains("Utviklingssenteret")));
        assert!(r.note.contains("hver høst"));
        // The forum has no leader: the rule says its lead is an interpretation.
        assert!(r.caveats.iter().any(|c| c.contains("ingen leder")));
    }

    #[test]
    fn sandefjord_runs_a_municipal_lms_with_a_forum_of_user_organisations() {
        let lms = who(Query::task("kommunalt-lms").kommune("3907"));
        assert_eq!(lms.rule, "sykehuset-i-vestfold/kommunalt-lms-sandefjord");
        assert_eq!((lms.owner, lms.shared), (Level::Kommune, false));
        let forum = who(Query::task("brukermedvirkning").kommune("3907"));
        assert_eq!(forum.owner, Level::Kommune);
        assert!(forum.partners.iter().any(|p| p == "LMS-forum"));
        // Tønsberg has no such forum in the source: the baseline decides.
        let tonsberg = who(Query::task("brukermedvirkning").kommune("3905"));
        assert_eq!(
            (tonsberg.source, tonsberg.owner),
            (RuleSource::Baseline, Level::Hf)
        );
    }

    #[test]
    fn rulings_without_a_local_clause_name_the_item_and_say_why() {
        let r = who(Query::task("individuell-plan"));
        assert_eq!(
            r.clause,
            "Delavtale (bokstav ikke kontrollert) (hol. § 6-2 nr. 2)"
        );
        assert!(
            r.caveats
                .iter()
                .any(|c| c.contains("bokstaverte delavtaler"))
        );
    }

    #[test]
    fn kommuner_of_the_area_are_served_and_others_are_not() {
        let kommuner = SPEC.kommuner();
        for n in ["3907", "3909", "3905", "3901", "3911", "3903"] {
            assert!(kommuner.iter().any(|k| k == n), "{n}");
        }
        assert_eq!(
            SykehusetIVestfold.who(&Query::task("lm-nettverk").kommune("3301")),
            Err(QueryError::KommuneNotInRegion("3301".into()))
        );
    }
}
