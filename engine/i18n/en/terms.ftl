### ansvar – message catalogue, English.
###
### Every file in engine/i18n/en/ has a counterpart of the same name in nb/ and nn/,
### with the same messages and the same arguments (engine/src/i18n/tests.rs checks it).
### Codes, JSON keys and values such as `hf` and `kommune` are never translated; they
### stand in `code form`.
###
### Terms (the same everywhere; Norwegian words of the law are kept where English has
### no exact match): helseforetak (HF), kommune, owner / lead / contributes, shared task,
### agreement clause (avtalepunkt), tjenesteavtale (TA), særavtale, legal basis
### (rettsgrunnlag), sources, note, caveat, rule, rule chain, pathway, step, handover,
### finding, error / warning / info, draft / adopted.
