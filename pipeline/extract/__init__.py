"""Stage 3, extract: one module per fact family, each from a `Layout` to records."""
