## Funnkodar: for kvar kode tydinga på éi linje (`code-<id>`), ei full skildring
## (`code-<id>-full`) og korleis funnet kan rettast (`code-<id>-help`). SARIF brukar dei
## som tekstane til reglane sine. Ingen argument: dei seier kva koden står for same kvar
## han dukkar opp; den eigne meldinga til funnet seier kva som er gale på staden.

code-ambiguous-kommune = Fleire kommunar har dette namnet, og ingen eller fleire av dei høyrer til regionen.
code-ambiguous-kommune-full = Kommunen er oppgitt med eit namn som fleire kommunar har, og helseføretaket i regionen dekkjer ingen eller fleire av dei. Namnet seier difor ikkje kva kommune som er meint. Kommunen avgjer kva avtalar og kva kommunale tenester som gjeld, så dokumentet vert ikkje kontrollert vidare. Funnet nemner alle kandidatane med kommunenummer.
code-ambiguous-kommune-help = Skriv kommunenummeret (fire siffer) til den kommunen som er meint, i staden for namnet.

code-barnekoordinator-not-child = Det er planlagt barnekoordinator for ein vaksen eller eldre pasient, og familien ventar ikkje barn (hol. § 7-2 a).
code-barnekoordinator-not-child-full = Eit steg planlegg barnekoordinator, men pasienten er vaksen eller eldre, og forløpet seier ikkje at familien ventar barn. Retten til barnekoordinator etter helse- og omsorgstenestelova § 7-2 a gjeld familiar som har eller ventar barn med alvorleg sjukdom, skade eller nedsett funksjonsevne, og plikta ligg hos kommunen åleine. Ein vaksen pasient med behov for langvarige og koordinerte tenester har i staden rett til koordinator etter § 7-2.
code-barnekoordinator-not-child-help = Planlegg `koordinator` for ein vaksen pasient, eller set `expecting_child: true` på pasienten om familien ventar barn.

code-bom = Fila byrjar med eit UTF-8-byterekkjefølgjemerke (BOM).
code-bom-full = Fila byrjar med dei tre bytane EF BB BF, eit byterekkjefølgjemerke som somme Windows-redigeringsprogram skriv. UTF-8 treng ikkje noko slikt merke, og JSON-tekst skal ikkje byrje med det (RFC 8259), så andre verktøy kan avvise fila. ansvar hoppar over merket og les vidare, med ei åtvaring.
code-bom-help = Lagre fila som UTF-8 utan BOM.

code-change = Utkastet endrar kven som er ansvarleg for ei oppgåve etter reglane som gjeld.
code-change-full = Utkastet fordeler ei oppgåve annleis enn dei gjeldande reglane i utvidinga til regionen: til ein annan ansvarleg, eller med andre som bidreg. Dette er til informasjon, ikkje ein feil, for eit utkast skal nettopp endre noko. Når avtalen er vedteken, må utvidinga endrast på same måte, elles vert funnet til `drift`.
code-change-help = Når avtalen er vedteken: oppdater utvidinga til regionen så ho stemmer, og bygg ho på nytt.

code-children-not-addressed = Pasienten har mindreårige barn, og eit nivå som planlegg steg, følgjer ikkje opp barna (hpl. § 10 a).
code-children-not-addressed-full = Pasienten har barn under 18 år, og eit nivå som planlegg steg i forløpet, har ikkje noko steg som tek vare på barna som pårørande. Etter helsepersonellova § 10 a skal helsepersonell medverke til å ta vare på det behovet for informasjon og oppfølging som mindreårige barn av pasienten kan ha; helseføretaket har den same plikta etter spesialisthelsetenestelova § 3-7 a. Kvart nivå har plikta fullt ut for sine eigne pasientar, så ho er ikkje ei delt oppgåve og kan ikkje avtalast bort.
code-children-not-addressed-help = Legg til eit steg `barn-som-parorende-kartlegging` planlagt hos kvart nivå som planlegg steg for pasienten.

code-date-out-of-order = Eit steg har ein dato før eit steg som er planlagt framfor det.
code-date-out-of-order-full = Eit steg har ein tidlegare dato enn eit steg som står framfor det i forløpet. Stega i eit forløp vert lesne i den rekkjefølgja dei skjer i, så anten rekkjefølgja eller ein dato er feil. Ei reinnlegging er eit nytt opphald og høyrer heime i eit eige forløp.
code-date-out-of-order-help = Set stega i den rekkjefølgja dei skjer i, eller rett datoen.

code-dates-out-of-order = Avtalen opphøyrer (effective_to) før han tek til å gjelde (effective_from).
code-dates-out-of-order-full = Avtalen opphøyrer (`effective_to`) før han tek til å gjelde (`effective_from`), og gjeld dermed ikkje ein einaste dag. Truleg er ein av dei to datoane skriven feil.
code-dates-out-of-order-help = Rett `effective_from` eller `effective_to` slik at avtalen tek til å gjelde før han opphøyrer.

code-discharge-information-missing = Pasienten vert skriven ut frå spesialisthelsetenesta, og ingen steg gir informasjon om kommunale LM-tilbod (hol. § 6-2 nr. 2 og 5).
code-discharge-information-missing-full = Forløpet har eit opphald i spesialisthelsetenesta med steg etter opphaldet, og ingen steg gir pasienten informasjon om lærings- og meistringstilboda i kommunen (LM-tilbod). Retningslinjene for samarbeid ved utskriving etter helse- og omsorgstenestelova § 6-2 første ledd nr. 2 og 5 legg denne informasjonen til helseføretaket, seinast ved utskriving, slik at pasienten veit kvar oppfølginga held fram.
code-discharge-information-missing-help = Legg til eit steg `utskrivning-lm-informasjon` planlagt hos helseføretaket (`hf`), seinast ved utskriving.

code-discharge-information-out-of-order = Informasjonen om kommunale LM-tilbod ved utskriving kjem ikkje mellom innlegging og utskriving.
code-discharge-information-out-of-order-full = Eit steg gir informasjonen om kommunale LM-tilbod ved utskriving, men steget kjem ikkje mellom innlegginga (det første steget under spesialisthelsetenesta) og det første steget etter utskriving. Informasjon som vert gitt lenge før innlegginga, eller først etter at pasienten har reist, oppfyller ikkje føremålet med retningslinjene for utskriving etter helse- og omsorgstenestelova § 6-2 første ledd nr. 2 og 5: at pasienten veit kva kommunen tilbyr når opphaldet er over.
code-discharge-information-out-of-order-help = Flytt steget til utskrivinga, slik at pasienten får informasjonen ved utskriving.

code-drift = Ein vedteken avtale og dei gjeldande reglane til regionen seier ulikt om kven som er ansvarleg for ei oppgåve.
code-drift-full = Avtalen er vedteken, og han legg ei oppgåve til ein annan ansvarleg, eller med andre som bidreg, enn dei gjeldande reglane i utvidinga til regionen. Utvidinga skal byggje på dei vedtekne avtalane, så ein av dei er feil, og svara frå `who` og frå kontrollen av forløp avvik frå avtalen partane har inngått.
code-drift-help = Syt for at dokumentet og utvidinga seier det same: rett dokumentet, eller endre reglane i utvidinga og bygg ho på nytt.

code-duplicate-key = Eit JSON-objekt har same nøkkel to gonger.
code-duplicate-key-full = Eit JSON-objekt har same nøkkel to gonger. JSON-standarden seier ikkje kva det tyder, og program er usamde om kva verdi som gjeld, så dokumentet kan seie éin ting til eitt verktøy og noko anna til eit anna.
code-duplicate-key-help = Fjern den eine av dei, og behald verdien du meiner.

code-duplicate-step-id = To steg i eit forløp har same id.
code-duplicate-step-id-full = To steg i same forløp har same `id`. Vurderingar, funn og regelkjeder viser til steg med id-en, så to steg med same id kan ikkje skiljast frå kvarandre.
code-duplicate-step-id-help = Gi kvart steg i eit forløp sin eigen id.

code-duplicate-task = Avtalen fordeler den same oppgåva i meir enn eitt avtalepunkt.
code-duplicate-task-full = Avtalen fordeler den same oppgåva i to eller fleire avtalepunkt. Punkta kan seie ulikt om kven som er ansvarleg, og ingenting seier kva for eitt som går føre, medan helse- og omsorgstenestelova § 6-2 første ledd nr. 1 krev semje om kva oppgåver kvart nivå har ansvaret for.
code-duplicate-task-help = Slå saman avtalepunkta: éi oppgåve, éi fordeling.

code-handover-without-information = Ei overlevering til det andre nivået skjer utan at informasjon følgjer med.
code-handover-without-information-full = Eit steg overleverer pasienten til det andre nivået, og `handover` seier at ingen informasjon følgjer med. Nivået som tek over, treng epikrisen og det pasienten har lært og fått tilbod om; retningslinjene for innlegging og utskriving etter helse- og omsorgstenestelova § 6-2 første ledd nr. 2 og 5 byggjer på at informasjonen følgjer pasienten.
code-handover-without-information-help = Planlegg informasjonen som følgjer med overleveringa (epikrise, dei kommunale LM-tilboda), og set `information: true`.

code-homonym-kommune = Fleire kommunar har dette namnet; den som høyrer til regionen, er vald.
code-homonym-kommune-full = Fleire kommunar har namnet dokumentet oppgir, til dømes Herøy eller Våler, og regionen dekkjer nøyaktig éin av dei, så den er vald. Dette er berre til informasjon: funnet nemner kommunen som er vald, og kommunenummeret.
code-homonym-kommune-help = Skriv kommunenummeret (fire siffer), så valet går klart fram.

code-individuell-plan-missing = Pasienten har langvarige behov som begge nivåa gir tenester til, og det finst ingen individuell plan (hol. § 7-1).
code-individuell-plan-missing-full = Pasienten har langvarige behov, både helseføretaket og kommunen planlegg steg, og ingen steg planlegg individuell plan. Når ein pasient treng langvarige og koordinerte tenester frå begge nivåa, skal kommunen etter helse- og omsorgstenestelova § 7-1 syte for at det vert utarbeidd ein individuell plan, og for at planarbeidet vert koordinert; helseføretaket skal delta (spesialisthelsetenestelova § 2-5).
code-individuell-plan-missing-help = Legg til eit steg `individuell-plan` planlagt hos kommunen.

code-individuell-plan-not-in-kommune = Den individuelle planen er planlagd hos eit anna nivå enn kommunen, som har ansvaret for han (hol. § 7-1).
code-individuell-plan-not-in-kommune-full = Pasienten har langvarige behov som begge nivåa gir tenester til, og forløpet planlegg den individuelle planen hos helseføretaket, eller utan nivå, men ikkje hos kommunen. Når pasienten treng tenester frå begge nivåa, gir helse- og omsorgstenestelova § 7-1 kommunen ansvaret for planen og for å koordinere planarbeidet; helseføretaket bidreg (spesialisthelsetenestelova § 2-5).
code-individuell-plan-not-in-kommune-help = Planlegg steget hos kommunen; helseføretaket bidreg.

code-invalid-date = Ein dato som ikkje finst i kalenderen.
code-invalid-date-full = Datoen (`date`) i eit steg har forma ÅÅÅÅ-MM-DD, men viser ikkje til ein dag som finst, til dømes 30. februar eller ein trettande månad. Datoane set stega i rekkjefølgje, og ein dag som ikkje finst, kan ikkje samanliknast.
code-invalid-date-help = Skriv datoen som ÅÅÅÅ-MM-DD, med ein dag som finst.

code-invalid-pathway = Utvidinga til regionen avviste forløpet som ei spørjing ho ikkje kan svare på.
code-invalid-pathway-full = Utvidinga til regionen avviste forløpet som ei spørjing ho ikkje kan svare på, til dømes fordi ingen regel svarer for ei av oppgåvene. Det tyder på ein feil i utvidinga eller oppgåvekatalogen, ikkje i dokumentet, og forløpet vert ikkje kontrollert vidare.
code-invalid-pathway-help = Les årsaka i meldinga. Er forløpet gyldig, meld frå til dei som held ved like utvidinga til regionen.

code-kommune-outside-region = Kommunen høyrer ikkje til opptaksområdet til helseføretaket i regionen.
code-kommune-outside-region-full = Kommunen er ikkje mellom dei som helseføretaket i regionen dekkjer, så avtalane til regionen gjeld ikkje for han: ein avtale oppgir ein part utanfor området, eller eit forløp vert kontrollert under feil region. Kommunestyret inngår samarbeidsavtale med det regionale helseføretaket eller med det helseføretaket som det regionale helseføretaket avgjer (helse- og omsorgstenestelova § 6-1).
code-kommune-outside-region-help = Kontroller kommunenummeret, eller kontroller dokumentet under regionen som dekkjer kommunen; hjelpeteksten i funnet nemner han.

code-koordinator-missing = Pasienten har langvarige behov som begge nivåa gir tenester til, og det finst ingen koordinator (hol. § 7-2).
code-koordinator-missing-full = Pasienten har langvarige behov, begge nivåa planlegg steg, og ingen steg planlegg koordinator. Kommunen skal tilby koordinator til pasientar med behov for langvarige og koordinerte tenester (helse- og omsorgstenestelova § 7-2); koordinatoren syter for oppfølging av pasienten, samordnar tenestetilbodet og sikrar framdrift i arbeidet med individuell plan.
code-koordinator-missing-help = Legg til eit steg `koordinator` planlagt hos kommunen.

code-koordinator-not-in-kommune = Koordinatoren er planlagd hos eit anna nivå enn kommunen, som har ansvaret for han (hol. § 7-2).
code-koordinator-not-in-kommune-full = Pasienten har langvarige behov som begge nivåa gir tenester til, og forløpet planlegg koordinatoren hos helseføretaket, eller utan nivå, men ikkje hos kommunen. Koordinatoren etter helse- og omsorgstenestelova § 7-2 er kommunen sin; den eigne koordinatoren til helseføretaket etter spesialisthelsetenestelova § 2-5 a gjeld berre tenestene til helseføretaket og kjem ikkje i staden for han.
code-koordinator-not-in-kommune-help = Planlegg steget hos kommunen; helseføretaket bidreg.

code-lead-missing = Ei delt oppgåve er planlagd berre hos nivået som bidreg, i ein fase der det andre nivået leier; ein feil der delen til leiaren er ei lovpålagd plikt.
code-lead-missing-full = Eit steg planlegg ei delt oppgåve hos nivået som berre bidreg, i ein fase der reglane til regionen lèt det andre nivået leie, og ingen steg i den fasen planlegg oppgåva hos nivået som leier. Då manglar delen til leiaren i planen. Funnet er ei åtvaring, men ein feil der lova gir leiaren delen sin, som plikta helseføretaket har til opplæring av pasientar og pårørande (spesialisthelsetenestelova § 3-8 første ledd nr. 4), som ikkje kan avtalast bort.
code-lead-missing-help = Legg til eit steg for oppgåva hos nivået som leier, i same fase, eller planlegg dette steget hos nivået som leier.

code-lead-without-sharing = Ei oppgåve som ikkje er delt, oppgir eit nivå som leier.
code-lead-without-sharing-full = Eit avtalepunkt oppgir `lead`, men `owner` er ikkje `delt`. Berre ei delt oppgåve har eit nivå som leier; for ei oppgåve som eitt nivå er ansvarleg for, seier `lead` ingenting, eller seier imot den ansvarlege.
code-lead-without-sharing-help = Set `"owner": "delt"` om oppgåva er delt, eller fjern `lead`.

code-line-too-long = Ei linje i ei JSON Lines-fil er lengre enn grensa for eitt forløp.
code-line-too-long-full = Ei linje i ei JSON Lines-fil er lengre enn grensa for eitt forløp (`--max-line-bytes`). Linja vert hoppa over utan å bli halden i minnet, og dei andre linjene vert kontrollerte. Ei så lang linje er sjeldan eitt forløp; oftare er fila ikkje JSON Lines.
code-line-too-long-help = Auk grensa med `--max-line-bytes` om linja er eitt verkeleg forløp.

code-no-owner = Eit steg i forløpet oppgir ikkje kva nivå som skal utføre det.
code-no-owner-full = Eit steg i forløpet manglar `planned_owner`, så planen seier ikkje kva nivå som utfører det. Funnet nemner den ansvarlege etter reglane til regionen og avtalepunktet, slik at planen kan følgje avtalen.
code-no-owner-help = Legg til `planned_owner` med nivået som er ansvarleg for oppgåva, slik funnet nemner det: `hf` eller `kommune`.

code-no-user-representation = Regionen krev brukarrepresentasjon i LM-avtalar, og avtalen seier ikkje noko om det.
code-no-user-representation-full = Avtalane til regionen krev brukarrepresentasjon i arbeidet med lærings- og meistringstilbod (LM), og avtalen seier ikkje noko om det: `user_representation` manglar eller er `false`. Kravet er regionen sitt eige; det byggjer på plikta til å la pasientar og brukarar medverke i utforminga av tenestene (helse- og omsorgstenestelova § 3-10).
code-no-user-representation-help = Set `"user_representation": true`, og gjer greie for rolla til brukarrepresentanten i eit avtalepunkt.

code-not-covered = Ingen av avtalane til regionen dekkjer oppgåva; den nasjonale hovudregelen gjeld.
code-not-covered-full = Ingen av avtalane til regionen fordeler oppgåva, så den nasjonale hovudregelen i oppgåvekatalogen gjeld: fordelinga som følgjer av lova og dei nasjonale rettleiarane. Funnet er ei åtvaring, fordi partane ikkje har avklart oppgåva seg imellom, slik helse- og omsorgstenestelova § 6-2 første ledd nr. 1 krev, eller fordi forløpet høyrer til ein annan region.
code-not-covered-help = Legg oppgåva inn i avtalane til regionen, eller kontroller at forløpet høyrer til denne regionen.

code-not-signed = Ein part i avtalen har ikkje underteikna han.
code-not-signed-full = Ein part i avtalen, helseføretaket eller ein kommune, har inga underskrift, eller underskrifta er ført opp med `"signed": false`. Avtalen bind berre partane som har underteikna han, så fordelinga gjeld enno ikkje for den parten.
code-not-signed-help = Få alle partane til å underteikne, og før opp kvar av dei i `signatures`, med `"signed": false` til parten har underteikna.

code-not-utf8 = Teksten er ikkje UTF-8.
code-not-utf8-full = Fila inneheld bytar som ikkje er gyldig UTF-8, oftast fordi ho er lagra som Windows-1252 eller Latin-1. JSON som vert utveksla mellom system, skal vere UTF-8 (RFC 8259), og elles vert æ, ø og å lesne feil, så fila vert ikkje lesen vidare.
code-not-utf8-help = Lagre fila som UTF-8; Windows-1252 og Latin-1 vert ikkje godtekne.

code-old-kommune = Ein kommune er oppgitt med eit tidlegare nummer eller namn, som ei samanslåing eller eit nytt fylke har erstatta.
code-old-kommune-full = Kommunen er oppgitt med eit kommunenummer eller eit namn som ikkje finst lenger, fordi kommunar er slått saman eller fylke er slått saman eller delte (numra vart endra 1. januar 2020 og att 1. januar 2024). Dokumentet vert lese med dagens kommune, med ei åtvaring, fordi det gamle nummeret kan tyde ein annan kommune i andre system.
code-old-kommune-help = Skriv dagens kommunenummer; funnet oppgir det, eller kommunane det gamle nummeret vart delt mellom.

code-outside-parent = Eit punkt i ein særavtale viser til ein annan tenesteavtale enn den særavtalen høyrer under; tenesteavtalen går føre.
code-outside-parent-full = Eit avtalepunkt i ein særavtale viser til ein tenesteavtale som ikkje er mellom avtalane særavtalen høyrer under (`parents`). Ein særavtale utdjupar tenesteavtalane sine og vik for dei: eit punkt utanfor dei har ingen overordna avtale å byggje på, og ved motstrid går tenesteavtalen føre.
code-outside-parent-help = Legg tenesteavtalen til i `parents`, eller flytt avtalepunktet til ein avtale under han.

code-phase-out-of-order = Fasen til eit steg (før, under, etter spesialisthelsetenesta) går attende bak fasen til eit steg framfor det.
code-phase-out-of-order-full = Fasen til eit steg (før, under eller etter spesialisthelsetenesta) kjem før fasen til eit tidlegare steg, så forløpet går bakover, til dømes frå etter til under. Kontrollane av forløpet som heilskap, som informasjonen ved utskriving, les fasane i rekkjefølgje; ei reinnlegging er eit nytt opphald.
code-phase-out-of-order-help = Ordne stega før → under → etter; planlegg ei reinnlegging som eit eige forløp.

code-plugin-failed = Utvidinga til regionen feila, så dokumentet vart ikkje kontrollert mot reglane til regionen.
code-plugin-failed-full = Utvidinga til regionen kunne ikkje brukast: ho vart ikkje lasta (det er ikkje ei utviding, ho har ein annan API-versjon, eller kontrollsummen stemmer ikkje med den som er registrert), eller ho stoppa under kontrollen (ein køyrefeil, eller ho nådde tidsgrensa eller minnegrensa). Dokumentet vart difor ikkje kontrollert mot reglane til regionen, og at det ikkje kom funn etter dei, seier ingenting om dokumentet følgjer dei.
code-plugin-failed-help = Følg hjelpeteksten i funnet: han nemner årsaka og valet eller kommandoen som rettar det.

code-renamed-body = Ei tilvising til eit organ som har fått nytt namn (Fylkesmannen heiter Statsforvaltaren frå 2021).
code-renamed-body-full = Teksten nemner Fylkesmannen, som har heitt Statsforvaltaren sidan 1. januar 2021. Ein avtale som brukar det tidlegare namnet på eit organ, er utdatert på det punktet, og lesaren kjenner kanskje ikkje att organet.
code-renamed-body-help = Skriv «Statsforvaltaren» (på bokmål «Statsforvalteren»).

code-review-overdue = Datoen for revisjon av avtalen er passert.
code-review-overdue-full = Avtalen er vedteken, og `review_date` er passert. Partane sette den datoen for å gå gjennom avtalen på nytt; etter han kan fordelinga ha kome ut av takt med tenestene, lova eller dei andre avtalane til regionen.
code-review-overdue-help = Gå gjennom avtalen, og set ein ny dato for revisjon.

code-schema = Dokumentet følgjer ikkje JSON-skjemaet sitt.
code-schema-full = Dokumentet bryt ein regel i JSON-skjemaet sitt (`schemas/agreement.schema.json` eller `schemas/pathway.schema.json`): eit påkravd felt manglar, eller ein verdi har feil type, er ikkje mellom dei tillatne verdiane eller passar ikkje med mønsteret. Dei andre kontrollane byggjer på forma til dokumentet, så det vert ikkje kontrollert vidare før det følgjer skjemaet.
code-schema-help = Rett verdien funnet peikar på; hjelpeteksten nemner verdien som truleg er meint, der det let seg seie.

code-shared-measure-unsettled = Eit felles tiltak der arbeidsgjevaransvar, organisering og finansiering ikkje er avklart (hol. § 6-2 siste ledd).
code-shared-measure-unsettled-full = Eit avtalepunkt gjer oppgåva til ei delt oppgåve, eit felles tiltak som nivåa driv saman, utan å avklare arbeidsgjevaransvar, organisering og finansiering (`shared_measure`). Helse- og omsorgstenestelova § 6-2 siste ledd krev at avtalen avklarer dette for tiltak partane driv saman; elles er det uklart kven som er arbeidsgjevar for dei tilsette, kven som driv tiltaket, og kven som betaler.
code-shared-measure-unsettled-help = Legg til `shared_measure` i avtalepunktet, med `employer`, `organisation` og `funding`.

code-shared-without-lead = Ei delt oppgåve oppgir ikkje kva nivå som leier.
code-shared-without-lead-full = Eit avtalepunkt legg oppgåva til begge nivåa (`"owner": "delt"`) utan å seie kva for eitt av dei som leier. Ei delt oppgåve treng eit nivå som leier, som ber oppgåva og dreg inn det andre nivået; utan det kan begge overlate oppgåva til den andre, og reglane kan ikkje seie kva nivå eit steg i eit forløp skal planleggjast hos.
code-shared-without-lead-help = Legg til `"lead": "hf"` eller `"lead": "kommune"` i avtalepunktet.

code-signed-below-kommunestyre = Ein kommune har underteikna på eit lågare nivå enn kommunestyret.
code-signed-below-kommunestyre-full = Avtalen er vedteken, og underskrifta til ein kommune er ført opp på eit lågare nivå enn kommunestyret, til dømes ordføraren eller kommunedirektøren. Etter helse- og omsorgstenestelova § 6-1 skal kommunestyret sjølv inngå samarbeidsavtalen med helseføretaket, så ei underskrift på eit lågare nivå bind kanskje ikkje kommunen.
code-signed-below-kommunestyre-help = La kommunestyret vedta avtalen, og før opp underskrifta med `"level": "kommunestyre"`.

code-statute-conflict = Avtalen legg ei oppgåve til eit nivå som lova ikkje tillèt.
code-statute-conflict-full = Avtalen fordeler ei oppgåve i strid med lova: han tek ei plikt bort frå nivået lova legg ho til, gir det andre nivået ei oppgåve lova legg til eitt nivå åleine, eller gjer ei oppgåve delt som kvart nivå skal ha fullt ut for sine eigne pasientar. Avtalar etter helse- og omsorgstenestelova § 6-2 fordeler oppgåver innanfor lova og kan ikkje avtale bort ei lovpålagd plikt, som plikta helseføretaket har til opplæring av pasientar og pårørande (spesialisthelsetenestelova § 3-8 første ledd nr. 4), eller plikta kommunen har til barnekoordinator (helse- og omsorgstenestelova § 7-2 a).
code-statute-conflict-help = Legg oppgåva (òg) til nivået lova peikar ut; rettsgrunnlaget i funnet nemner paragrafen.

code-syntax = Teksten er ikkje gyldig JSON.
code-syntax-full = Fila er ikkje gyldig JSON: eit komma, ei klamme eller eit hermeteikn manglar eller er eitt for mykje, eller fila er tom eller nøsta djupare enn grensa (64 nivå). Ingenting i dokumentet kan kontrollerast før det let seg lese; funnet peikar på staden der lesinga stoppa.
code-syntax-help = Rett JSON-en der funnet peikar; hjelpeteksten nemner den truleg rette endringa der det let seg seie.

code-too-large = Fila er større enn storleiksgrensa (--max-file-bytes).
code-too-large-full = Fila er større enn storleiksgrensa (`--max-file-bytes`, 4 MiB om ikkje anna er sett), og vert ikkje lesen. Grensa hindrar at ei stor fil som har kome med ved eit uhell, fyller minnet; ein avtale eller eit forløp er langt mindre.
code-too-large-help = Del opp dokumentet, eller auk grensa med `--max-file-bytes`; mange forløp passar i ei JSON Lines-fil.

code-unknown-diagnosis = Regionen kjenner ikkje denne diagnosegruppa.
code-unknown-diagnosis-full = Feltet `patient.diagnosis` i forløpet oppgir ei diagnosegruppe som regionen ikkje kjenner. Reglane for somme oppgåver er avhengige av diagnosegruppa, så forløpet kan ikkje kontrollerast utan ei diagnosegruppe regionen kjenner.
code-unknown-diagnosis-help = Bruk ei diagnosegruppe frå schemas/catalogue.json; funnet føreslår den næraste.

code-unknown-field = Eit felt som JSON-skjemaet ikkje definerer (ofte ein skrivefeil).
code-unknown-field-full = Dokumentet har eit felt som JSON-skjemaet ikkje definerer, oftast eit feilstava eller norsk namn på eit felt som finst. Skjemaa tillèt ingen andre felt, og elles ville ein verdi i eit slikt felt gå tapt utan eit ord.
code-unknown-field-help = Gi feltet namnet funnet føreslår, eller fjern det.

code-unknown-kommune = Ingen kommune har dette nummeret eller namnet.
code-unknown-kommune-full = Ingen kommune, korkje dagens eller ein tidlegare, har nummeret eller namnet dokumentet oppgir. Utan kommunen er avtaleparten eller kommunen i forløpet ukjend, og ingenting som er avhengig av han, kan kontrollerast.
code-unknown-kommune-help = Skriv eit kommunenummer som gjeld frå 1. januar 2024 (fire siffer), eller dagens namn; funnet føreslår namn som liknar, der det finst nokon.

code-unknown-region = Regionen er ikkje mellom dei innlasta regionutvidingane.
code-unknown-region-full = Dokumentet oppgir ein region som inga innlasta regionutviding svarer for. Utvidinga til regionen inneheld dei gjeldande reglane, så dokumentet kan ikkje kontrollerast mot dei.
code-unknown-region-help = Bruk ein region som `ansvar regions` viser, eller last inn utvidinga til regionen med `--plugin`.

code-unknown-ta = Ei tilvising til ein tenesteavtale som regionen ikkje har.
code-unknown-ta-full = Eit avtalepunkt viser (`ta_reference`) til ein tenesteavtale som regionen ikkje har. Tilvisinga peikar ingen stad, så avtalepunktet kan ikkje plasserast under det nummeret i helse- og omsorgstenestelova § 6-2 som tenesteavtalen dekkjer.
code-unknown-ta-help = Vis til ein av tenesteavtalane til regionen; funnet listar dei opp.

code-unknown-task = Oppgåva finst ikkje i den nasjonale oppgåvekatalogen for LM.
code-unknown-task-full = Oppgåve-id-en finst ikkje i den nasjonale katalogen over lærings- og meistringsoppgåver (LM) (`schemas/catalogue.json`). Reglane, lovgrunnlaget for kvar oppgåve og avtalane til regionen brukar alle desse id-ane, så ei ukjend oppgåve kan korkje fordelast eller kontrollerast.
code-unknown-task-help = Bruk ein oppgåve-id frå schemas/catalogue.json; funnet føreslår den næraste.

code-unreadable = Fila eller mappa kunne ikkje lesast.
code-unreadable-full = Fila eller mappa kunne ikkje lesast: ho finst ikkje, tilgang er nekta, ho er ikkje ei vanleg fil, eller ho vart fjerna under køyringa. Eit dokument som ikkje kan lesast, vert ikkje kontrollert, og køyringa seier frå i staden for å hoppe over det.
code-unreadable-help = Kontroller at stien finst og at fila kan lesast.

code-unsettled-kommune = Kjeldene avklarer ikkje om kommunen høyrer til regionen; regionen godtek han med eit atterhald.
code-unsettled-kommune-full = Kjeldene avklarer ikkje om helseføretaket i regionen dekkjer kommunen, til dømes når kommunen er delt mellom to sjukehusområde. Regionen godtek kommunen, og svara for han har eit atterhald. Tilhøyrsla er ført i schemas/kommuner.json.
code-unsettled-kommune-help = Ingenting å rette i dokumentet; les atterhaldet, og rett schemas/kommuner.json når kjeldene avklarer det.

code-wrong-level = Eit steg i forløpet er planlagt hos eit nivå som korkje er ansvarleg for oppgåva eller bidreg til ho.
code-wrong-level-full = Eit steg i forløpet er planlagt hos eit nivå som etter reglane til regionen korkje er ansvarleg for oppgåva eller bidreg til ho. Planen legg då oppgåva til eit nivå som avtalen ikkje gjer ansvarleg; funnet nemner den ansvarlege, avtalepunktet og rettsgrunnlaget.
code-wrong-level-help = Planlegg steget hos nivået som er ansvarleg for oppgåva, slik funnet nemner det.

code-wrong-paragraph = Oppgåva høyrer under eit nummer i hol. § 6-2 som avtalen ikkje dekkjer.
code-wrong-paragraph-full = Avtalen oppgir kva nummer i helse- og omsorgstenestelova § 6-2 første ledd han dekkjer (`paragraph_6_2`), og oppgåva høyrer ikkje under nokon av dei. Ei oppgåve som er fordelt i feil avtale, er vanskeleg å finne, og kan kome i strid med avtalen som dekkjer nummeret.
code-wrong-paragraph-help = Flytt avtalepunktet til avtalen som dekkjer nummeret til oppgåva i § 6-2; funnet nemner han.

code-wrong-ta = Avtalepunktet står under ein annan tenesteavtale enn den oppgåva høyrer under.
code-wrong-ta-full = Tilvisinga i avtalepunktet (`ta_reference`) viser til ein tenesteavtale som dekkjer eit anna nummer i helse- og omsorgstenestelova § 6-2 enn det oppgåva høyrer under. Kvar av tenesteavtalane til regionen dekkjer sine nummer i § 6-2, så avtalepunktet står under feil avtale.
code-wrong-ta-help = Vis til tenesteavtalen funnet nemner.
