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

## Levels in words
web-level-hf = the health trust (HF)
web-level-kommune = the kommune

## Regioner
web-regioner-title = Regions
web-regioner-intro = Each region has its parties, its agreements and its rules. Pick a region to see the kommuner it serves and its responsibility matrix.
web-regioner-caption = The regions ansvar has rules for
web-regioner-region = Region
web-regioner-rhf = Regional health authority
web-regioner-hf-parties = Health trusts that are parties
web-regioner-kommuner = Kommuner
web-regioner-agreements = Agreements
web-regioner-failed = The rules of { $region } could not be loaded:
web-regioner-one-title = { $region }
web-regioner-parties = Parties
web-regioner-plugin = Rules
web-regioner-plugin-version = (checksum { $sha256 }, task catalogue { $catalogue })
web-regioner-agreement-version = version { $version }
web-regioner-adopted = adopted { $date }
web-regioner-effective-from = in force from { $date }
web-regioner-effective-to = in force until { $date }
web-regioner-kommuner-heading = { $count ->
        [one] One kommune
       *[other] { $count } kommuner
    }
web-regioner-unsettled = caveat: the sources do not settle whether the region serves this kommune
web-regioner-matrix = Responsibility matrix
web-regioner-download-html = Download the matrix (HTML)
web-regioner-download-md = Download the matrix (Markdown)
web-regioner-print = Print the page with the browser's print; the menu is left out.

## Hvem har ansvaret?
web-hvem-title = Who is responsible?
web-hvem-intro = Pick a region and a task. The kommune, diagnosis, age group and phase can change the answer; leave them empty for the general answer.
web-hvem-region = Region
web-hvem-task = Task
web-hvem-task-hint = (type its name or id, and pick from the list)
web-hvem-kommune = Kommune
web-hvem-kommune-hint = (kommunenummer, today's name, a former name, or a Sámi or Kven name)
web-hvem-diagnosis = Diagnosis group
web-hvem-age = Age group
web-hvem-phase = Phase
web-hvem-any = (any)
web-hvem-ask = Find who is responsible
web-hvem-place = { $region }, kommune { $number } { $name }
web-hvem-place-region = { $region }, no kommune given
web-hvem-owner-is = Responsible:
web-hvem-own-patients = The health trust and the kommune each carry the task in full for their own patients; it is not shared.
web-hvem-shared-lead = Shared task: { $lead } leads,
web-hvem-shared-contributors = { $contributors } contributes.
web-hvem-partners = Other partners
web-hvem-paragraph = Statutory clause
web-hvem-paragraph-items = health and care services act § 6-2 no. { $items }
web-hvem-clause = Clause
web-hvem-basis = Legal basis
web-hvem-sources = Sources (agreements, guides, reports)
web-hvem-rule = Rule
web-hvem-note = Note
web-hvem-caveat = Caveat:
web-hvem-rule-chain = The rule chain (how the answer was found)
web-hvem-as-json = The same answer as JSON
