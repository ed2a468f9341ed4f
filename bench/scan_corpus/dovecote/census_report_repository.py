"""Read-side queries for the bird census dashboard.

Backs the census table on the estate intranet: counts per dovecote,
species and survey visit, sortable by any column the table shows.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import List, Optional

import psycopg2
import psycopg2.extras


@dataclass
class CensusQuery:
    season: int
    site_code: Optional[str] = None
    sort: str = "observed_on"
    descending: bool = True
    limit: int = 100


class CensusReportRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def _cursor(self, conn):
        return conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor)

    def counts(self, q: CensusQuery) -> List[dict]:
        where = ["season = %(season)s"]
        params = {"season": q.season, "limit": min(q.limit, 500)}
        if q.site_code:
            where.append("site_code = %(site)s")
            params["site"] = q.site_code
        direction = "DESC" if q.descending else "ASC"
        sql = (
            "SELECT site_code, species, observed_on, adults, juveniles, nests_active "
            "FROM census_counts WHERE " + " AND ".join(where) +
            f" ORDER BY {q.sort} {direction} LIMIT %(limit)s"
        )
        with psycopg2.connect(self._dsn) as conn, self._cursor(conn) as cur:
            cur.execute(sql, params)
            return cur.fetchall()

    def season_totals(self, season: int) -> List[dict]:
        with psycopg2.connect(self._dsn) as conn, self._cursor(conn) as cur:
            cur.execute(
                "SELECT species, SUM(adults) AS adults, SUM(nests_active) AS nests "
                "FROM census_counts WHERE season = %s GROUP BY species ORDER BY species",
                (season,),
            )
            return cur.fetchall()


def from_request_args(args, default_season: int | None = None) -> CensusQuery:
    """Build a query from the dashboard's querystring."""
    return CensusQuery(
        season=int(args.get("season", default_season or date.today().year)),
        site_code=args.get("site") or None,
        sort=args.get("sort", "observed_on"),
        descending=args.get("dir", "desc") != "asc",
        limit=int(args.get("limit", 100)),
    )
