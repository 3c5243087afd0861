"""Facts from "Foreign relations of <country>" articles, as validated, versioned tables."""

__version__ = "0.1.0"
