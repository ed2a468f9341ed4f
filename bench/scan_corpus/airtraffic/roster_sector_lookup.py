"""Ad-hoc roster lookups for the supervisor dashboard (PostgreSQL)."""
from __future__ import annotations

from typing import Any, Dict, List, Sequence

import psycopg2
from psycopg2 import sql
from psycopg2.extras import RealDictCursor


class RosterLookup:
    sortable = frozenset({"start_utc", "controller_id", "position", "sector"})
    default_sort = "start_utc"

    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def _order_column(self, requested: str | None) -> str:
        return requested if requested in self.sortable else self.default_sort

    def _build(self, sort: str | None, descending: bool) -> sql.Composed:
        direction = sql.SQL("DESC") if descending else sql.SQL("ASC")
        return sql.SQL(
            "SELECT controller_id, sector, position, day, start_utc, end_utc "
            "FROM roster_shift WHERE day = %(day)s AND sector = ANY(%(sectors)s) "
            "ORDER BY {col} {direction}"
        ).format(col=sql.Identifier(self._order_column(sort)), direction=direction)

    def shifts(
        self,
        day: str,
        sectors: Sequence[str],
        sort: str | None = None,
        descending: bool = False,
    ) -> List[Dict[str, Any]]:
        query = self._build(sort, descending)
        with psycopg2.connect(self.dsn) as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(query, {"day": day, "sectors": list(sectors)})
            return list(cur.fetchall())


def dashboard_rows(lookup: RosterLookup, params: Dict[str, str]) -> List[Dict[str, Any]]:
    sectors = [s.strip().upper() for s in params.get("sectors", "").split(",") if s.strip()]
    return lookup.shifts(
        params["day"],
        sectors,
        sort=params.get("sort"),
        descending=params.get("dir") == "desc",
    )
