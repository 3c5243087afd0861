"""The fact families of one document, in the layers they run in.

- `extractors`: what is built once per process (knowledge, the entity spotter, the rule engine),
  and `Read`, the engine's reading of each sentence, once per document;
- `readings`: the extract phase, every family's readings of the document (the engine's
  claims, a row's status readings and began-kind words, the footnotes parsed), made before
  any family resolves, into one typed `Given`;
- one module per family (`documents`, `counterparts`, `missions`, `relations`, `events`,
  `recognitions`, `memberships`, `claims`, `references`): its step, which resolves its
  readings and what it `requires` from the families before it into what it `assigns`
  (`schemas.families`), reading no sentence itself;
- `steps`: the table of the steps that `pipeline.family_run.run_families` runs in the
  declared order.
"""
