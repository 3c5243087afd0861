"""A learned reader beside the rules: candidate pairs classified by a small linear model
trained on the hand labels (`python -m pipeline.learned train`, `make train`)."""
