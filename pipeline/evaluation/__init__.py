"""Scoring runs against hand labels: `python -m pipeline.evaluation eval|rules-report`."""
