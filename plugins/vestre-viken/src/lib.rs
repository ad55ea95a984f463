//! Region plugin `vestre-viken`: Vestre Viken HF (Helse Sør-Øst) with its kommuner, on top
//! of the national baseline.
//!
//! Source: Vestre Viken HF's orientation to the overordnet samarbeidsutvalg (OSU) on the
//! project «modeller for samarbeid om lærings- og mestringstiltak mellom kommunene og
//! Vestre Viken» (written while the project ran, January 2013 – 2014; the year of the
//! orientation itself is not stated). What it says: earmarked funds from 2012 paid for a project (January
//! 2013 – 2014) to develop **several cooperation models with kommuner that have different
//! preconditions** («et likeverdig helsetilbud innebærer behov for utvikling av ulike
//! modeller innenfor et stort helseområde som Vestre Viken»); **competence transfer**
//! through models, courses in health pedagogy and in empathic communication; the project
//! shall contribute to the transfer of competence (kompetanseoverføring) from Vestre Viken
//! to the cooperating kommuner, strengthen the
//! kommuner's preventive work and sharpen the specialist service's own patient and
//! next-of-kin education; **100 staff** of kommuner and HF took a **25-hour course** in
//! health pedagogy. The future division of tasks is, in its words, still being developed
//! («under utvikling»): the orientation opens a dialogue on it and settles nothing. The
//! list of related documents in NK LMH's booklet «Kommunale lærings- og mestringstjenester
//! – smakebiter på samhandling» (2014) adds two kommune plans by title only: «Plan for en lærings- og mestringsbase i Drammen kommune» (2014) and «Hallingdal
//! Lokalmedisinske Senter … Delprosjekt 3 Kompetanse, lærings og mestringssenter
//! Hallingdal» (2012; Hol, Ål, Gol, Nes, Flå).
//!
//! The source does not say which kommune gets which model; the kommune-dependent rules
//! below rest on those two titles (one of them a plan, «et forarbeid») and say so. Which TA covers what is not in the source.

use ansvar_sdk::prelude::*;

ansvar_sdk::region!(VestreViken = SPEC);

/// Kommuner with their own LM arena in the sources: Drammen (lærings- og mestringsbase)
/// and the Hallingdal kommuner of the LM centre project at Hallingdal lokalmedisinske
/// senter (Hol, Ål, Gol, Nesbyen, Flå; Hemsedal is not named in the title).
const EGEN_LM_ARENA: &[&str] = &["3301", "3330", "3328", "3324", "3322", "3320"];

const PROSJEKT: &str = "Vestre Viken HF: Modeller for samarbeid om lærings- og mestringstiltak mellom kommunene og Vestre Viken, orientering til overordnet samarbeidsutvalg (OSU), prosjektet 2013–2014 (året for orienteringen står ikke i dokumentet)";
const DRAMMEN: &str = "Drammen kommune: Plan for en lærings- og mestringsbase i Drammen kommune, et forarbeid til lærings- og mestringssenter (2014), bare tittelen, i dokumentlisten i NK LMH: Kommunale lærings- og mestringstjenester – smakebiter på samhandling (2014)";
const HALLINGDAL: &str = "Hovedprosjektet Hallingdal lokalmedisinske senter, delprosjekt 3: Kompetanse, lærings- og mestringssenter Hallingdal (2012), bare tittelen, i dokumentlisten i NK LMH: Kommunale lærings- og mestringstjenester – smakebiter på samhandling (2014)";

const CAVEAT_POINT: &str = "OSU-orienteringen sier ikke hvilket punkt i tjenesteavtalene som dekker oppgaven; henvisningen er en tolkning og kan endres i plugins/vestre-viken/src/lib.rs.";
const CAVEAT_MODEL: &str = "Kilden sier at modellene skal variere med kommunenes forutsetninger, men ikke hvilke kommuner som får hvilken modell, og kaller framtidig ansvars- og oppgavedeling «under utvikling». At Drammen og Hallingdal-kommunene har egen lærings- og mestringsarena, bygger bare på titler i en dokumentliste (NK LMH 2014), ikke på tekst, og Drammens dokument er en plan («et forarbeid»). Listen EGEN_LM_ARENA kan endres i plugins/vestre-viken/src/lib.rs.";
const CAVEAT_PREPARATORY: &str = "OSU-orienteringen kaller framtidig ansvars- og oppgavedeling mellom kommunene og Vestre Viken «under utvikling» og innleder bare til dialog; fordelingen her er en tolkning av prosjektets mål, ikke en avtalt fordeling, og punktet i tjenesteavtalene er også en tolkning. Kan endres i plugins/vestre-viken/src/lib.rs.";

pub static SPEC: RegionSpec = RegionSpec {
    id: "vestre-viken",
    name: "Vestre Viken",
    rhf: "Helse Sør-Øst RHF",
    hf_parties: &["Vestre Viken HF"],
    agreements: &[AgreementSpec {
        id: "vestre-viken/lm-samarbeidsmodeller",
        title: PROSJEKT,
        version: "2013",
        adopted: None,
        effective_from: None,
        effective_to: None,
    }],
    local_ta: &[(2, "TA 2"), (6, "TA 6"), (10, "TA 10")],
    local_ta_caveat: Some(
        "At TA 2, TA 6 og TA 10 dekker hol. § 6-2 nr. 2, 6 og 10 mellom Vestre Viken og kommunene, følger nummereringen fra 2012 og er ikke kontrollert; kan endres i plugins/vestre-viken/src/lib.rs.",
    ),
    // The OSU orientation speaks of competence in user participation, not of user
    // representatives in the project or its models, so agreements are not required to
    // state them.
    requires_user_representation: false,
    rules: RULES,
};

static RULES: &[Rule] = &[
    Rule {
        id: "vestre-viken/helsepedagogikk-kurs",
        task: "helsepedagogikk-kurs",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &[],
        clause: Some("LM-samarbeidsprosjektet 2013–2014 (OSU); TA 6"),
        sources: &[PROSJEKT],
        note: "Kompetanseoverføring gjennom kurs i helsepedagogikk er en sentral del av prosjektet: 100 ansatte i kommunene og helseforetaket har tatt et kurs på 25 timer i helsepedagogikk.",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "vestre-viken/veiledning-kommune",
        task: "veiledning-kommune",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[],
        partners: &[],
        clause: Some("LM-samarbeidsprosjektet 2013–2014 (OSU); TA 6"),
        sources: &[PROSJEKT],
        note: "Prosjektet skal bidra til kompetanseoverføring fra Vestre Viken til samarbeidende kommuner gjennom utvikling av modeller, kurs i helsepedagogikk og kurs i empatisk kommunikasjon.",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "vestre-viken/diagnosespesifikk-opplaering",
        task: "diagnosespesifikk-opplaering",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[],
        partners: &["brukerorganisasjoner"],
        clause: Some("LM-samarbeidsprosjektet 2013–2014 (OSU); TA 2"),
        sources: &[PROSJEKT],
        note: "Prosjektet skal spisse spesialisthelsetjenestens oppgaver i opplæring av pasienter og pårørende; den diagnosespesifikke opplæringen er sykehusets lovpålagte oppgave (sphl. § 3-8 første ledd nr. 4).",
        caveat: Some(CAVEAT_POINT),
    },
    Rule {
        id: "vestre-viken/generell-mestring",
        task: "generell-mestring",
        when: When::ANY,
        owner: Level::Kommune,
        contributors: &[Level::Hf],
        partners: &["frivillige organisasjoner"],
        clause: Some("LM-samarbeidsprosjektet 2013–2014 (OSU); TA 10"),
        sources: &[PROSJEKT],
        note: "Prosjektet skal bidra til kompetanseoverføring fra Vestre Viken til samarbeidende kommuner og styrke kommunenes forebyggende og helsefremmende arbeid; her gir kommunen tilbudet, og helseforetaket bidrar med kompetanse.",
        caveat: Some(CAVEAT_PREPARATORY),
    },
    Rule {
        id: "vestre-viken/lm-oversikt-egen-arena",
        task: "lm-oversikt",
        when: When {
            kommune: EGEN_LM_ARENA,
            ..When::ANY
        },
        owner: Level::Kommune,
        contributors: &[Level::Hf],
        partners: &[],
        clause: Some(
            "LM-samarbeidsprosjektet 2013–2014 (OSU): modell for kommune med egen LM-arena; TA 6",
        ),
        sources: &[PROSJEKT, DRAMMEN, HALLINGDAL],
        note: "For kommuner med planer om egen lærings- og mestringsarena (planen for en lærings- og mestringsbase i Drammen, delprosjektet om et lærings- og mestringssenter ved Hallingdal lokalmedisinske senter) antar regelen at kommunen holder oversikt over og planlegger sine tilbud; Vestre Viken melder inn sine.",
        caveat: Some(CAVEAT_MODEL),
    },
    Rule {
        id: "vestre-viken/lm-oversikt",
        task: "lm-oversikt",
        when: When::ANY,
        owner: Level::Hf,
        contributors: &[Level::Kommune],
        partners: &[],
        clause: Some("LM-samarbeidsprosjektet 2013–2014 (OSU); TA 6"),
        sources: &[PROSJEKT],
        note: "I andre kommuner antar regelen at lærings- og mestringssenteret i Vestre Viken holder oversikten over tilbudene mens modellen for kommunen utvikles; kommunen melder inn sine tilbud.",
        caveat: Some(CAVEAT_MODEL),
    },
];

ansvar_sdk::region_tests!(VestreViken, kommuner: ["3301", "3330", "3201", "3903"]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_overview_depends_on_the_kommunes_model() {
        let drammen = who(Query::task("lm-oversikt").kommune("3301"));
        let hol = who(Query::task("lm-oversikt").kommune("3330"));
        let baerum = who(Query::task("lm-oversikt").kommune("3201"));
        assert_eq!(drammen.rule, "vestre-viken/lm-oversikt-egen-arena");
        assert_eq!((drammen.owner, hol.owner), (Level::Kommune, Level::Kommune));
        assert_eq!(baerum.rule, "vestre-viken/lm-oversikt");
        assert_eq!(baerum.owner, Level::Hf);
        assert!(
            drammen
                .caveats
                .iter()
                .any(|c| c.contains("titler i en dokumentliste"))
        );
        // Hol is not Hole: Hole 3310 has no LM arena in the sources.
        let hole = who(Query::task("lm-oversikt").kommune("3310"));
        assert_eq!(hole.owner, Level::Hf);
    }

    #[test]
    fn competence_transfer_is_led_by_the_hf_under_ta_6() {
        let r = who(Query::task("helsepedagogikk-kurs"));
        assert_eq!(
            (r.owner, r.contributors.clone()),
            (Level::Hf, vec![Level::Kommune])
        );
        assert!(r.clause.ends_with("TA 6"));
        assert!(r.note.contains("25 timer"));
        let v = who(Query::task("veiledning-kommune"));
        assert_eq!((v.owner, v.shared), (Level::Hf, false));
        assert!(v.note.contains("empatisk kommunikasjon"));
    }

    #[test]
    fn general_courses_move_to_the_kommune_with_hf_competence() {
        let r = who(Query::task("generell-mestring").kommune("3303"));
        assert_eq!(
            (r.owner, r.contributors.clone()),
            (Level::Kommune, vec![Level::Hf])
        );
    }

    #[test]
    fn kommuner_of_the_area_are_served_and_holmestrand_with_a_caveat() {
        let kommuner = SPEC.kommuner();
        for n in [
            "3201", "3203", "3301", "3312", "3330", "3310", "3322", "3903",
        ] {
            assert!(kommuner.iter().any(|k| k == n), "{n}");
        }
        let r = who(Query::task("lm-oversikt").kommune("3903"));
        assert!(
            r.caveats.iter().any(|c| c.contains("Holmestrand")),
            "{:?}",
            r.caveats
        );
        assert_eq!(
            VestreViken.who(&Query::task("lm-oversikt").kommune("3907")),
            Err(QueryError::KommuneNotInRegion("3907".into()))
        );
    }
}
