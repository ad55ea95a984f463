## Funnkoder: for hver kode betydningen på én linje (`code-<id>`), en full beskrivelse
## (`code-<id>-full`) og hvordan funnet rettes (`code-<id>-help`). SARIF bruker dem som
## tekstene til reglene sine. Ingen argumenter: de sier hva koden står for uansett hvor
## den dukker opp; funnets egen melding sier hva som er galt på stedet.

code-ambiguous-kommune = Flere kommuner har dette navnet, og ingen eller flere av dem hører til regionen.
code-ambiguous-kommune-full = Kommunen er oppgitt med et navn som flere kommuner har, og regionens helseforetak betjener ingen eller flere av dem. Navnet sier derfor ikke hvilken kommune som menes. Kommunen avgjør hvilke avtaler og hvilke kommunale tjenester som gjelder, så dokumentet kontrolleres ikke videre. Funnet nevner alle kandidatene med kommunenummer.
code-ambiguous-kommune-help = Skriv kommunenummeret (fire sifre) til den kommunen som menes, i stedet for navnet.

code-barnekoordinator-not-child = Det er planlagt barnekoordinator for en voksen eller eldre pasient, og familien venter ikke barn (hol. § 7-2 a).
code-barnekoordinator-not-child-full = Et steg planlegger barnekoordinator, men pasienten er voksen eller eldre, og forløpet sier ikke at familien venter barn. Retten til barnekoordinator etter helse- og omsorgstjenesteloven § 7-2 a gjelder familier som har eller venter barn med alvorlig sykdom, skade eller nedsatt funksjonsevne, og plikten ligger hos kommunen alene. En voksen pasient med behov for langvarige og koordinerte tjenester har i stedet rett til koordinator etter § 7-2.
code-barnekoordinator-not-child-help = Planlegg `koordinator` for en voksen pasient, eller sett `expecting_child: true` på pasienten hvis familien venter barn.

code-bom = Filen begynner med et UTF-8-byterekkefølgemerke (BOM).
code-bom-full = Filen begynner med de tre bytene EF BB BF, et byterekkefølgemerke som enkelte Windows-redigeringsprogrammer skriver. UTF-8 trenger ikke noe slikt merke, og JSON-tekst skal ikke begynne med det (RFC 8259), så andre verktøy kan avvise filen. ansvar hopper over merket og leser videre, med en advarsel.
code-bom-help = Lagre filen som UTF-8 uten BOM.

code-change = Utkastet endrer hvem som er ansvarlig for en oppgave etter reglene som gjelder.
code-change-full = Utkastet fordeler en oppgave annerledes enn de gjeldende reglene i regionens utvidelse: til en annen ansvarlig, eller med andre som bidrar. Dette er til informasjon, ikke en feil, for et utkast skal nettopp endre noe. Når avtalen er vedtatt, må utvidelsen endres tilsvarende, ellers blir funnet til `drift`.
code-change-help = Når avtalen er vedtatt: oppdater regionens utvidelse så den stemmer, og bygg den på nytt.

code-children-not-addressed = Pasienten har mindreårige barn, og et nivå som planlegger steg, følger ikke opp barna (hpl. § 10 a).
code-children-not-addressed-full = Pasienten har barn under 18 år, og et nivå som planlegger steg i forløpet, har ikke noe steg som ivaretar barna som pårørende. Etter helsepersonelloven § 10 a skal helsepersonell bidra til å ivareta det behovet for informasjon og oppfølging som mindreårige barn av pasienten kan ha; helseforetaket har den samme plikten etter spesialisthelsetjenesteloven § 3-7 a. Hvert nivå har plikten fullt ut for sine egne pasienter, så den er ikke en delt oppgave og kan ikke avtales bort.
code-children-not-addressed-help = Legg til et steg `barn-som-parorende-kartlegging` planlagt hos hvert nivå som planlegger steg for pasienten.

code-date-out-of-order = Et steg har en dato før et steg som er planlagt foran det.
code-date-out-of-order-full = Et steg har en tidligere dato enn et steg som står foran det i forløpet. Stegene i et forløp leses i den rekkefølgen de skjer, så enten rekkefølgen eller en dato er feil. En reinnleggelse er et nytt opphold og hører hjemme i et eget forløp.
code-date-out-of-order-help = Sett stegene i den rekkefølgen de skjer, eller rett datoen.

code-dates-out-of-order = Avtalen opphører (effective_to) før den trer i kraft (effective_from).
code-dates-out-of-order-full = Avtalen opphører (`effective_to`) før den trer i kraft (`effective_from`), og gjelder dermed ikke en eneste dag. Mest sannsynlig er en av de to datoene skrevet feil.
code-dates-out-of-order-help = Rett `effective_from` eller `effective_to` slik at avtalen trer i kraft før den opphører.

code-discharge-information-missing = Pasienten skrives ut fra spesialisthelsetjenesten, og ingen steg gir informasjon om kommunale LM-tilbud (hol. § 6-2 nr. 2 og 5).
code-discharge-information-missing-full = Forløpet har et opphold i spesialisthelsetjenesten med steg etter oppholdet, og ingen steg gir pasienten informasjon om kommunens lærings- og mestringstilbud (LM-tilbud). Retningslinjene for samarbeid ved utskrivning etter helse- og omsorgstjenesteloven § 6-2 første ledd nr. 2 og 5 legger denne informasjonen til helseforetaket, senest ved utskrivning, slik at pasienten vet hvor oppfølgingen fortsetter.
code-discharge-information-missing-help = Legg til et steg `utskrivning-lm-informasjon` planlagt hos helseforetaket (`hf`), senest ved utskrivning.

code-discharge-information-out-of-order = Informasjonen om kommunale LM-tilbud ved utskrivning kommer ikke mellom innleggelse og utskrivning.
code-discharge-information-out-of-order-full = Et steg gir informasjonen om kommunale LM-tilbud ved utskrivning, men steget kommer ikke mellom innleggelsen (det første steget under spesialisthelsetjenesten) og det første steget etter utskrivning. Informasjon som gis lenge før innleggelsen, eller først etter at pasienten har reist, oppfyller ikke formålet med retningslinjene for utskrivning etter helse- og omsorgstjenesteloven § 6-2 første ledd nr. 2 og 5: at pasienten vet hva kommunen tilbyr, når oppholdet er over.
code-discharge-information-out-of-order-help = Flytt steget til utskrivningen, slik at pasienten får informasjonen ved utskrivning.

code-drift = En vedtatt avtale og regionens gjeldende regler sier ulikt om hvem som er ansvarlig for en oppgave.
code-drift-full = Avtalen er vedtatt, og den legger en oppgave til en annen ansvarlig, eller med andre som bidrar, enn de gjeldende reglene i regionens utvidelse. Utvidelsen skal bygge på de vedtatte avtalene, så en av dem er feil, og svarene fra `who` og fra kontrollen av forløp avviker fra avtalen partene har inngått.
code-drift-help = Sørg for at dokumentet og utvidelsen sier det samme: rett dokumentet, eller endre reglene i utvidelsen og bygg den på nytt.

code-duplicate-key = Et JSON-objekt har samme nøkkel to ganger.
code-duplicate-key-full = Et JSON-objekt har samme nøkkel to ganger. JSON-standarden sier ikke hva det betyr, og programmer er uenige om hvilken verdi som gjelder, så dokumentet kan si én ting til ett verktøy og noe annet til et annet.
code-duplicate-key-help = Fjern den ene av dem, og behold verdien du mener.

code-duplicate-step-id = To steg i et forløp har samme id.
code-duplicate-step-id-full = To steg i samme forløp har samme `id`. Vurderinger, funn og regelkjeder viser til steg med id-en, så to steg med samme id kan ikke skilles fra hverandre.
code-duplicate-step-id-help = Gi hvert steg i et forløp sin egen id.

code-duplicate-task = Avtalen fordeler den samme oppgaven i mer enn ett avtalepunkt.
code-duplicate-task-full = Avtalen fordeler den samme oppgaven i to eller flere avtalepunkter. Punktene kan si ulikt om hvem som er ansvarlig, og ingenting sier hvilket som går foran, mens helse- og omsorgstjenesteloven § 6-2 første ledd nr. 1 krever enighet om hvilke oppgaver hvert nivå har ansvaret for.
code-duplicate-task-help = Slå sammen avtalepunktene: én oppgave, én fordeling.

code-handover-without-information = En overlevering til det andre nivået skjer uten at informasjon følger med.
code-handover-without-information-full = Et steg overleverer pasienten til det andre nivået, og `handover` sier at ingen informasjon følger med. Nivået som overtar, trenger epikrisen og det pasienten har lært og fått tilbud om; retningslinjene for innleggelse og utskrivning etter helse- og omsorgstjenesteloven § 6-2 første ledd nr. 2 og 5 bygger på at informasjonen følger pasienten.
code-handover-without-information-help = Planlegg informasjonen som følger med overleveringen (epikrise, de kommunale LM-tilbudene), og sett `information: true`.

code-homonym-kommune = Flere kommuner har dette navnet; den som hører til regionen, er valgt.
code-homonym-kommune-full = Flere kommuner har navnet dokumentet oppgir, for eksempel Herøy eller Våler, og regionen betjener nøyaktig én av dem, så den er valgt. Dette er bare til informasjon: funnet nevner kommunen som er valgt, og kommunenummeret.
code-homonym-kommune-help = Skriv kommunenummeret (fire sifre), så valget går klart fram.

code-individuell-plan-missing = Pasienten har langvarige behov som begge nivåer gir tjenester til, og det er ingen individuell plan (hol. § 7-1).
code-individuell-plan-missing-full = Pasienten har langvarige behov, både helseforetaket og kommunen planlegger steg, og ingen steg planlegger individuell plan. Når en pasient trenger langvarige og koordinerte tjenester fra begge nivåer, skal kommunen etter helse- og omsorgstjenesteloven § 7-1 sørge for at det blir utarbeidet en individuell plan, og for at planarbeidet blir koordinert; helseforetaket skal delta (spesialisthelsetjenesteloven § 2-5).
code-individuell-plan-missing-help = Legg til et steg `individuell-plan` planlagt hos kommunen.

code-individuell-plan-not-in-kommune = Den individuelle planen er planlagt hos et annet nivå enn kommunen, som har ansvaret for den (hol. § 7-1).
code-individuell-plan-not-in-kommune-full = Pasienten har langvarige behov som begge nivåer gir tjenester til, og forløpet planlegger den individuelle planen hos helseforetaket, eller uten nivå, men ikke hos kommunen. Når pasienten trenger tjenester fra begge nivåer, gir helse- og omsorgstjenesteloven § 7-1 kommunen ansvaret for planen og for å koordinere planarbeidet; helseforetaket bidrar (spesialisthelsetjenesteloven § 2-5).
code-individuell-plan-not-in-kommune-help = Planlegg steget hos kommunen; helseforetaket bidrar.

code-invalid-date = En dato som ikke finnes i kalenderen.
code-invalid-date-full = Datoen (`date`) i et steg har formen ÅÅÅÅ-MM-DD, men viser ikke til en dag som finnes, for eksempel 30. februar eller en trettende måned. Datoene setter stegene i rekkefølge, og en dag som ikke finnes, kan ikke sammenlignes.
code-invalid-date-help = Skriv datoen som ÅÅÅÅ-MM-DD, med en dag som finnes.

code-invalid-pathway = Regionens utvidelse avviste forløpet som en spørring den ikke kan svare på.
code-invalid-pathway-full = Regionens utvidelse avviste forløpet som en spørring den ikke kan svare på, for eksempel fordi ingen regel svarer for en av oppgavene. Det tyder på en feil i utvidelsen eller oppgavekatalogen, ikke i dokumentet, og forløpet kontrolleres ikke videre.
code-invalid-pathway-help = Les årsaken i meldingen. Er forløpet gyldig, meld fra til dem som vedlikeholder regionens utvidelse.

code-kommune-outside-region = Kommunen hører ikke til opptaksområdet til regionens helseforetak.
code-kommune-outside-region-full = Kommunen er ikke blant dem regionens helseforetak betjener, så regionens avtaler gjelder ikke for den: en avtale oppgir en part utenfor området, eller et forløp kontrolleres under feil region. Kommunestyret inngår samarbeidsavtale med det regionale helseforetaket eller med det helseforetaket det regionale helseforetaket bestemmer (helse- og omsorgstjenesteloven § 6-1).
code-kommune-outside-region-help = Kontroller kommunenummeret, eller kontroller dokumentet under regionen som betjener kommunen; hjelpeteksten i funnet nevner den.

code-koordinator-missing = Pasienten har langvarige behov som begge nivåer gir tjenester til, og det er ingen koordinator (hol. § 7-2).
code-koordinator-missing-full = Pasienten har langvarige behov, begge nivåer planlegger steg, og ingen steg planlegger koordinator. Kommunen skal tilby koordinator til pasienter med behov for langvarige og koordinerte tjenester (helse- og omsorgstjenesteloven § 7-2); koordinatoren sørger for oppfølging av pasienten, samordner tjenestetilbudet og sikrer framdrift i arbeidet med individuell plan.
code-koordinator-missing-help = Legg til et steg `koordinator` planlagt hos kommunen.

code-koordinator-not-in-kommune = Koordinatoren er planlagt hos et annet nivå enn kommunen, som har ansvaret for den (hol. § 7-2).
code-koordinator-not-in-kommune-full = Pasienten har langvarige behov som begge nivåer gir tjenester til, og forløpet planlegger koordinatoren hos helseforetaket, eller uten nivå, men ikke hos kommunen. Koordinatoren etter helse- og omsorgstjenesteloven § 7-2 er kommunens; helseforetakets egen koordinator etter spesialisthelsetjenesteloven § 2-5 a gjelder bare helseforetakets tjenester og trer ikke i stedet for den.
code-koordinator-not-in-kommune-help = Planlegg steget hos kommunen; helseforetaket bidrar.

code-lead-missing = En delt oppgave er planlagt bare hos nivået som bidrar, i en fase der det andre nivået leder; en feil der lederens del er en lovpålagt plikt.
code-lead-missing-full = Et steg planlegger en delt oppgave hos nivået som bare bidrar, i en fase der regionens regler lar det andre nivået lede, og ingen steg i den fasen planlegger oppgaven hos nivået som leder. Da mangler lederens del i planen. Funnet er en advarsel, men en feil der loven gir lederen sin del, som helseforetakets plikt til opplæring av pasienter og pårørende (spesialisthelsetjenesteloven § 3-8 første ledd nr. 4), som ikke kan avtales bort.
code-lead-missing-help = Legg til et steg for oppgaven hos nivået som leder, i samme fase, eller planlegg dette steget hos nivået som leder.

code-lead-without-sharing = En oppgave som ikke er delt, oppgir et nivå som leder.
code-lead-without-sharing-full = Et avtalepunkt oppgir `lead`, men `owner` er ikke `delt`. Bare en delt oppgave har et nivå som leder; for en oppgave ett nivå er ansvarlig for, sier `lead` ingenting, eller motsier den ansvarlige.
code-lead-without-sharing-help = Sett `"owner": "delt"` hvis oppgaven er delt, eller fjern `lead`.

code-line-too-long = En linje i en JSON Lines-fil er lengre enn grensen for ett forløp.
code-line-too-long-full = En linje i en JSON Lines-fil er lengre enn grensen for ett forløp (`--max-line-bytes`). Linjen hoppes over uten å bli holdt i minnet, og de andre linjene kontrolleres. En så lang linje er sjelden ett forløp; oftere er filen ikke JSON Lines.
code-line-too-long-help = Øk grensen med `--max-line-bytes` hvis linjen er ett ekte forløp.

code-no-owner = Et steg i forløpet oppgir ikke hvilket nivå som skal utføre det.
code-no-owner-full = Et steg i forløpet mangler `planned_owner`, så planen sier ikke hvilket nivå som utfører det. Funnet nevner den ansvarlige etter regionens regler og avtalepunktet, slik at planen kan følge avtalen.
code-no-owner-help = Legg til `planned_owner` med nivået som er ansvarlig for oppgaven, slik funnet nevner det: `hf` eller `kommune`.

code-no-user-representation = Regionen krever brukerrepresentasjon i LM-avtaler, og avtalen sier ikke noe om det.
code-no-user-representation-full = Regionens avtaler krever brukerrepresentasjon i arbeidet med lærings- og mestringstilbud (LM), og avtalen sier ikke noe om det: `user_representation` mangler eller er `false`. Kravet er regionens eget; det bygger på plikten til å la pasienter og brukere medvirke i utformingen av tjenestene (helse- og omsorgstjenesteloven § 3-10).
code-no-user-representation-help = Sett `"user_representation": true`, og beskriv brukerrepresentantens rolle i et avtalepunkt.

code-not-covered = Ingen av regionens avtaler dekker oppgaven; den nasjonale hovedregelen gjelder.
code-not-covered-full = Ingen av regionens avtaler fordeler oppgaven, så den nasjonale hovedregelen i oppgavekatalogen gjelder: fordelingen som følger av loven og de nasjonale veilederne. Funnet er en advarsel, fordi partene ikke har avklart oppgaven seg imellom, slik helse- og omsorgstjenesteloven § 6-2 første ledd nr. 1 krever, eller fordi forløpet hører til en annen region.
code-not-covered-help = Legg oppgaven inn i regionens avtaler, eller kontroller at forløpet hører til denne regionen.

code-not-signed = En part i avtalen har ikke undertegnet den.
code-not-signed-full = En part i avtalen, helseforetaket eller en kommune, har ingen underskrift, eller underskriften er oppført med `"signed": false`. Avtalen binder bare partene som har undertegnet den, så fordelingen gjelder ennå ikke for den parten.
code-not-signed-help = Få alle partene til å undertegne, og før opp hver av dem i `signatures`, med `"signed": false` til parten har undertegnet.

code-not-utf8 = Teksten er ikke UTF-8.
code-not-utf8-full = Filen inneholder byter som ikke er gyldig UTF-8, som oftest fordi den er lagret som Windows-1252 eller Latin-1. JSON som utveksles mellom systemer, skal være UTF-8 (RFC 8259), og ellers blir æ, ø og å lest feil, så filen leses ikke videre.
code-not-utf8-help = Lagre filen som UTF-8; Windows-1252 og Latin-1 godtas ikke.

code-old-kommune = En kommune er oppgitt med et tidligere nummer eller navn, som en sammenslåing eller et nytt fylke har erstattet.
code-old-kommune-full = Kommunen er oppgitt med et kommunenummer eller et navn som ikke finnes lenger, fordi kommuner er slått sammen eller fylker er slått sammen eller delt (numrene ble endret 1. januar 2020 og igjen 1. januar 2024). Dokumentet leses med dagens kommune, med en advarsel, fordi det gamle nummeret kan bety en annen kommune i andre systemer.
code-old-kommune-help = Skriv dagens kommunenummer; funnet oppgir det, eller kommunene det gamle nummeret ble delt mellom.

code-outside-parent = Et punkt i en særavtale viser til en annen tjenesteavtale enn den særavtalen hører under; tjenesteavtalen går foran.
code-outside-parent-full = Et avtalepunkt i en særavtale viser til en tjenesteavtale som ikke er blant avtalene særavtalen hører under (`parents`). En særavtale utdyper tjenesteavtalene sine og viker for dem: et punkt utenfor dem har ingen overordnet avtale å bygge på, og ved motstrid går tjenesteavtalen foran.
code-outside-parent-help = Legg tjenesteavtalen til i `parents`, eller flytt avtalepunktet til en avtale under den.

code-phase-out-of-order = Fasen til et steg (før, under, etter spesialisthelsetjenesten) går tilbake bak fasen til et steg foran det.
code-phase-out-of-order-full = Fasen til et steg (før, under eller etter spesialisthelsetjenesten) kommer før fasen til et tidligere steg, så forløpet går bakover, for eksempel fra etter til under. Kontrollene av forløpet som helhet, som informasjonen ved utskrivning, leser fasene i rekkefølge; en reinnleggelse er et nytt opphold.
code-phase-out-of-order-help = Ordne stegene før → under → etter; planlegg en reinnleggelse som et eget forløp.

code-plugin-failed = Regionens utvidelse feilet, så dokumentet ble ikke kontrollert mot regionens regler.
code-plugin-failed-full = Regionens utvidelse kunne ikke brukes: den ble ikke lastet (det er ikke en utvidelse, den har en annen API-versjon, eller kontrollsummen stemmer ikke med den som er registrert), eller den stoppet under kontrollen (en kjørefeil, eller den nådde tidsgrensen eller minnegrensen). Dokumentet ble derfor ikke kontrollert mot regionens regler, og at det ikke kom funn etter dem, sier ingenting om dokumentet følger dem.
code-plugin-failed-help = Følg hjelpeteksten i funnet: den nevner årsaken og valget eller kommandoen som retter det.

code-renamed-body = En henvisning til et organ som har fått nytt navn (Fylkesmannen heter Statsforvalteren fra 2021).
code-renamed-body-full = Teksten nevner Fylkesmannen, som har hett Statsforvalteren siden 1. januar 2021. En avtale som bruker et organs tidligere navn, er utdatert på det punktet, og leseren kjenner kanskje ikke igjen organet.
code-renamed-body-help = Skriv «Statsforvalteren».

code-review-overdue = Datoen for revisjon av avtalen er passert.
code-review-overdue-full = Avtalen er vedtatt, og `review_date` er passert. Partene satte den datoen for å gå gjennom avtalen på nytt; etter den kan fordelingen ha kommet ut av takt med tjenestene, loven eller regionens andre avtaler.
code-review-overdue-help = Gå gjennom avtalen, og sett en ny dato for revisjon.

code-schema = Dokumentet følger ikke JSON-skjemaet sitt.
code-schema-full = Dokumentet bryter en regel i JSON-skjemaet sitt (`schemas/agreement.schema.json` eller `schemas/pathway.schema.json`): et påkrevd felt mangler, eller en verdi har feil type, er ikke blant de tillatte verdiene eller passer ikke med mønsteret. De andre kontrollene bygger på dokumentets form, så det kontrolleres ikke videre før det følger skjemaet.
code-schema-help = Rett verdien funnet peker på; hjelpeteksten nevner verdien som trolig er ment, der det lar seg si.

code-shared-measure-unsettled = Et felles tiltak der arbeidsgiveransvar, organisering og finansiering ikke er avklart (hol. § 6-2 siste ledd).
code-shared-measure-unsettled-full = Et avtalepunkt gjør oppgaven til en delt oppgave, et felles tiltak nivåene driver sammen, uten å avklare arbeidsgiveransvar, organisering og finansiering (`shared_measure`). Helse- og omsorgstjenesteloven § 6-2 siste ledd krever at avtalen avklarer dette for tiltak partene driver sammen; ellers er det uklart hvem som er arbeidsgiver for de ansatte, hvem som driver tiltaket, og hvem som betaler.
code-shared-measure-unsettled-help = Legg til `shared_measure` i avtalepunktet, med `employer`, `organisation` og `funding`.

code-shared-without-lead = En delt oppgave oppgir ikke hvilket nivå som leder.
code-shared-without-lead-full = Et avtalepunkt legger oppgaven til begge nivåer (`"owner": "delt"`) uten å si hvilket av dem som leder. En delt oppgave trenger et nivå som leder, som bærer oppgaven og trekker inn det andre nivået; uten det kan begge overlate oppgaven til den andre, og reglene kan ikke si hvilket nivå et steg i et forløp skal planlegges hos.
code-shared-without-lead-help = Legg til `"lead": "hf"` eller `"lead": "kommune"` i avtalepunktet.

code-signed-below-kommunestyre = En kommune har undertegnet på et lavere nivå enn kommunestyret.
code-signed-below-kommunestyre-full = Avtalen er vedtatt, og en kommunes underskrift er oppført på et lavere nivå enn kommunestyret, for eksempel ordføreren eller kommunedirektøren. Etter helse- og omsorgstjenesteloven § 6-1 skal kommunestyret selv inngå samarbeidsavtalen med helseforetaket, så en underskrift på et lavere nivå binder kanskje ikke kommunen.
code-signed-below-kommunestyre-help = La kommunestyret vedta avtalen, og før opp underskriften med `"level": "kommunestyre"`.

code-statute-conflict = Avtalen legger en oppgave til et nivå som loven ikke tillater.
code-statute-conflict-full = Avtalen fordeler en oppgave i strid med loven: den tar en plikt bort fra nivået loven legger den til, gir det andre nivået en oppgave loven legger til ett nivå alene, eller gjør en oppgave delt som hvert nivå skal ha fullt ut for sine egne pasienter. Avtaler etter helse- og omsorgstjenesteloven § 6-2 fordeler oppgaver innenfor loven og kan ikke avtale bort en lovpålagt plikt, som helseforetakets plikt til opplæring av pasienter og pårørende (spesialisthelsetjenesteloven § 3-8 første ledd nr. 4) eller kommunens plikt til barnekoordinator (helse- og omsorgstjenesteloven § 7-2 a).
code-statute-conflict-help = Legg oppgaven (også) til nivået loven peker ut; rettsgrunnlaget i funnet nevner paragrafen.

code-syntax = Teksten er ikke gyldig JSON.
code-syntax-full = Filen er ikke gyldig JSON: et komma, en klamme eller et anførselstegn mangler eller er ett for mye, eller filen er tom eller nøstet dypere enn grensen (64 nivåer). Ingenting i dokumentet kan kontrolleres før det lar seg lese; funnet peker på stedet der lesingen stoppet.
code-syntax-help = Rett JSON-en der funnet peker; hjelpeteksten nevner den trolige rettelsen der det lar seg si.

code-too-large = Filen er større enn størrelsesgrensen (--max-file-bytes).
code-too-large-full = Filen er større enn størrelsesgrensen (`--max-file-bytes`, 4 MiB hvis ikke annet er satt), og leses ikke. Grensen hindrer at en stor fil som har kommet med ved et uhell, fyller minnet; en avtale eller et forløp er langt mindre.
code-too-large-help = Del opp dokumentet, eller øk grensen med `--max-file-bytes`; mange forløp passer i en JSON Lines-fil.

code-unknown-diagnosis = Regionen kjenner ikke denne diagnosegruppen.
code-unknown-diagnosis-full = Feltet `patient.diagnosis` i forløpet oppgir en diagnosegruppe regionen ikke kjenner. Reglene for enkelte oppgaver avhenger av diagnosegruppen, så forløpet kan ikke kontrolleres uten en diagnosegruppe regionen kjenner.
code-unknown-diagnosis-help = Bruk en diagnosegruppe fra schemas/catalogue.json; funnet foreslår den nærmeste.

code-unknown-field = Et felt som JSON-skjemaet ikke definerer (ofte en skrivefeil).
code-unknown-field-full = Dokumentet har et felt som JSON-skjemaet ikke definerer, som oftest et feilstavet eller norsk navn på et felt som finnes. Skjemaene tillater ingen andre felt, og ellers ville en verdi i et slikt felt gå tapt uten et ord.
code-unknown-field-help = Gi feltet navnet funnet foreslår, eller fjern det.

code-unknown-kommune = Ingen kommune har dette nummeret eller navnet.
code-unknown-kommune-full = Ingen kommune, verken dagens eller en tidligere, har nummeret eller navnet dokumentet oppgir. Uten kommunen er avtaleparten eller forløpets kommune ukjent, og ingenting som avhenger av den, kan kontrolleres.
code-unknown-kommune-help = Skriv et kommunenummer som gjelder fra 1. januar 2024 (fire sifre), eller dagens navn; funnet foreslår navn som ligner, der det finnes noen.

code-unknown-region = Regionen er ikke blant de innlastede regionutvidelsene.
code-unknown-region-full = Dokumentet oppgir en region som ingen innlastet regionutvidelse svarer for. Regionens utvidelse inneholder de gjeldende reglene, så dokumentet kan ikke kontrolleres mot dem.
code-unknown-region-help = Bruk en region som `ansvar regions` viser, eller last inn regionens utvidelse med `--plugin`.

code-unknown-ta = En henvisning til en tjenesteavtale som regionen ikke har.
code-unknown-ta-full = Et avtalepunkt viser (`ta_reference`) til en tjenesteavtale regionen ikke har. Henvisningen peker ingen steder, så avtalepunktet kan ikke plasseres under det nummeret i helse- og omsorgstjenesteloven § 6-2 som tjenesteavtalen dekker.
code-unknown-ta-help = Vis til en av regionens tjenesteavtaler; funnet lister dem opp.

code-unknown-task = Oppgaven finnes ikke i den nasjonale oppgavekatalogen for LM.
code-unknown-task-full = Oppgave-id-en finnes ikke i den nasjonale katalogen over lærings- og mestringsoppgaver (LM) (`schemas/catalogue.json`). Reglene, lovgrunnlaget for hver oppgave og regionens avtaler bruker alle disse id-ene, så en ukjent oppgave kan verken fordeles eller kontrolleres.
code-unknown-task-help = Bruk en oppgave-id fra schemas/catalogue.json; funnet foreslår den nærmeste.

code-unreadable = Filen eller mappen kunne ikke leses.
code-unreadable-full = Filen eller mappen kunne ikke leses: den finnes ikke, tilgang er nektet, den er ikke en vanlig fil, eller den ble fjernet under kjøringen. Et dokument som ikke kan leses, blir ikke kontrollert, og kjøringen sier fra i stedet for å hoppe over det.
code-unreadable-help = Kontroller at stien finnes og at filen kan leses.

code-unsettled-kommune = Kildene avklarer ikke om kommunen hører til regionen; regionen godtar den med et forbehold.
code-unsettled-kommune-full = Kildene avklarer ikke om regionens helseforetak betjener kommunen, for eksempel når kommunen er delt mellom to sykehusområder. Regionen godtar kommunen, og svarene for den har et forbehold. Tilhørigheten er ført i schemas/kommuner.json.
code-unsettled-kommune-help = Ingenting å rette i dokumentet; les forbeholdet, og rett schemas/kommuner.json når kildene avklarer det.

code-wrong-level = Et steg i forløpet er planlagt hos et nivå som verken er ansvarlig for oppgaven eller bidrar til den.
code-wrong-level-full = Et steg i forløpet er planlagt hos et nivå som etter regionens regler verken er ansvarlig for oppgaven eller bidrar til den. Planen legger da oppgaven til et nivå avtalen ikke gjør ansvarlig; funnet nevner den ansvarlige, avtalepunktet og rettsgrunnlaget.
code-wrong-level-help = Planlegg steget hos nivået som er ansvarlig for oppgaven, slik funnet nevner det.

code-wrong-paragraph = Oppgaven hører under et nummer i hol. § 6-2 som avtalen ikke dekker.
code-wrong-paragraph-full = Avtalen oppgir hvilke numre i helse- og omsorgstjenesteloven § 6-2 første ledd den dekker (`paragraph_6_2`), og oppgaven hører ikke under noen av dem. En oppgave som er fordelt i feil avtale, er vanskelig å finne, og kan komme i strid med avtalen som dekker nummeret.
code-wrong-paragraph-help = Flytt avtalepunktet til avtalen som dekker oppgavens nummer i § 6-2; funnet nevner den.

code-wrong-ta = Avtalepunktet står under en annen tjenesteavtale enn den oppgaven hører under.
code-wrong-ta-full = Henvisningen i avtalepunktet (`ta_reference`) viser til en tjenesteavtale som dekker et annet nummer i helse- og omsorgstjenesteloven § 6-2 enn det oppgaven hører under. Hver av regionens tjenesteavtaler dekker sine numre i § 6-2, så avtalepunktet står under feil avtale.
code-wrong-ta-help = Vis til tjenesteavtalen funnet nevner.
