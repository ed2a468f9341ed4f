"""Query helpers for the brine intake log.

The intake pumps fill the settling tanks on the flood tide. Each fill is
logged with tank, volume and measured density. The plant dashboard lists
fills with a user-selected sort order and optional tank filter.
"""
from __future__ import annotations

from datetime import datetime

import psycopg2
import psycopg2.extras

from saltboiler.config import settings

SORTABLE = {
    "time": "filled_at",
    "tank": "tank_code",
    "volume": "volume_m3",
    "density": "density_baume",
}
DEFAULT_SORT = "time"


def _connect():
    return psycopg2.connect(settings.PLANT_DB_DSN)


def list_fills(
    since: datetime,
    tank: str | None = None,
    sort: str = DEFAULT_SORT,
    descending: bool = True,
) -> list[dict]:
    column = SORTABLE.get(sort, SORTABLE[DEFAULT_SORT])
    direction = "DESC" if descending else "ASC"
    params: list = [since]
    tank_filter = ""
    if tank:
        tank_filter = "AND tank_code = %s"
        params.append(tank)
    with _connect() as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(
            f"SELECT id, tank_code, filled_at, volume_m3, density_baume "
            f"FROM brine_fill WHERE filled_at >= %s {tank_filter} "
            f"ORDER BY {column} {direction} LIMIT 500",
            params,
        )
        return cur.fetchall()


def tank_totals(since: datetime) -> dict[str, float]:
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT tank_code, SUM(volume_m3) FROM brine_fill "
            "WHERE filled_at >= %s GROUP BY tank_code",
            (since,),
        )
        return {tank: float(total) for tank, total in cur.fetchall()}
