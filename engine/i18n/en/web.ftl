## The workbench: layout, start page, language, errors (engine/src/web/mod.rs),
## Regioner and Hvem har ansvaret?

web-skip = Skip to content
web-nav-label = Main menu
web-lang-label = Language
web-nav-start = Start
web-nav-regioner = Regions
web-nav-hvem = Who is responsible?
web-nav-avtale = Draft agreement
web-nav-forlop = Patient pathway
web-nav-mange = Many pathways
web-nav-endringer = Changes
web-footer = ansvar { $version }. Every answer says which law or which clause of an agreement it rests on. Nothing you write here is stored on the server.
web-start-title = Who is responsible for the learning and coping tasks?
web-start-intro = ansvar tells whether a learning and coping (LM) task belongs to the health trust (HF) or the kommune under service agreements 2, 6 and 10, and checks draft agreements and planned patient pathways against the law and the agreements.
web-start-regioner = Each region's parties, agreements, kommuner and responsibility matrix, ready to print.
web-start-hvem = Ask who owns a task in a kommune, for a diagnosis, an age group and a phase.
web-start-avtale = Open a draft agreement or start a new one from the rules in force, and see the findings as you type.
web-start-forlop = Build or open a patient pathway and see it as swimlanes for the HF and the kommune.
web-start-mange = Upload many pathways (JSON Lines) and get the summary and the report.
web-start-endringer = Compare two versions of an agreement and see which cells of the matrix change.
web-start-sources = The law stands apart from guides, reports and agreements. Facts the sources do not settle carry a caveat.
web-error-title = Something went wrong
web-error-back = Back
web-lang-unknown = There is no language "{ $lang }" here; pick bokmål (nb), nynorsk (nn) or English (en).
web-no-asset = There is no file "{ $name }".
