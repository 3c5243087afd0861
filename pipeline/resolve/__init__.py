"""Stage 4, resolve: names in the text -> countries, cities and organizations."""
