"""Daily ridership aggregates per lift line for the operations report."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Literal

Granularity = Literal["hour", "day", "week"]

ROLLUP_TABLES: dict[str, str] = {
    "hour": "ridership_hourly",
    "day": "ridership_daily",
    "week": "ridership_weekly",
}


@dataclass
class RidershipRow:
    bucket: str
    line_code: str
    passages: int
    unique_media: int


def _table_for(granularity: str) -> str:
    try:
        return ROLLUP_TABLES[granularity]
    except KeyError:
        raise ValueError(f"unsupported granularity {granularity!r}") from None


def ridership(
    conn: sqlite3.Connection,
    line_code: str,
    start: date,
    end: date,
    granularity: Granularity = "day",
) -> list[RidershipRow]:
    table = _table_for(granularity)
    sql = (
        f"SELECT bucket, line_code, passages, unique_media FROM {table} "
        "WHERE line_code = ? AND bucket >= ? AND bucket < ? ORDER BY bucket"
    )
    cur = conn.execute(sql, (line_code, start.isoformat(), end.isoformat()))
    return [RidershipRow(*row) for row in cur.fetchall()]


def busiest_lines(conn: sqlite3.Connection, on: date, top: int = 5) -> list[tuple[str, int]]:
    cur = conn.execute(
        "SELECT line_code, SUM(passages) AS total FROM ridership_daily "
        "WHERE bucket = ? GROUP BY line_code ORDER BY total DESC LIMIT ?",
        (on.isoformat(), max(1, min(top, 50))),
    )
    return [(code, int(total)) for code, total in cur.fetchall()]


def report_text(conn: sqlite3.Connection, on: date) -> str:
    lines = busiest_lines(conn, on)
    body = "\n".join(f"{code:<8}{total:>8}" for code, total in lines)
    return f"Ridership {on:%d.%m.%Y}\n{body}"
