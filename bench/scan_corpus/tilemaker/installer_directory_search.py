"""Search endpoint for the public installer directory.

Visitors filter installers by county, speciality (Victorian hallway
restoration, new-build, outdoor terraces) and minimum years certified.
"""
from dataclasses import dataclass, field

import psycopg
from psycopg.rows import dict_row

from tilemaker.settings import DATABASE_URL

BASE_QUERY = """
    SELECT id, business_name, town, county, specialities, certified_since
    FROM installers
    WHERE listing_active
"""


@dataclass
class InstallerFilter:
    county: str | None = None
    speciality: str | None = None
    min_years: int | None = None
    params: list = field(default_factory=list)

    def clauses(self) -> list[str]:
        parts = []
        if self.county:
            parts.append(f"county = '{self.county}'")
        if self.speciality:
            parts.append("%s = ANY(specialities)")
            self.params.append(self.speciality)
        if self.min_years is not None:
            parts.append("certified_since <= now() - make_interval(years => %s)")
            self.params.append(int(self.min_years))
        return parts


def search_installers(args: dict) -> list[dict]:
    flt = InstallerFilter(
        county=args.get("county"),
        speciality=args.get("speciality"),
        min_years=args.get("min_years"),
    )
    sql = BASE_QUERY
    for clause in flt.clauses():
        sql += " AND " + clause
    sql += " ORDER BY business_name LIMIT 50"
    with psycopg.connect(DATABASE_URL, row_factory=dict_row) as conn:
        return conn.execute(sql, flt.params).fetchall()
