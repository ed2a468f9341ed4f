"""Data-availability lookups for the portal's coverage plots.

Sort column and direction are chosen from fixed lists; all values go through
driver placeholders.
"""
from __future__ import annotations

import sqlite3
from typing import Iterable

SORT_COLUMNS = {
    "station": "network, station, channel",
    "start": "start_time",
    "gaps": "gap_count",
    "percent": "percent_available",
}


def _query(channels: list[str], sort: str, descending: bool) -> str:
    order = SORT_COLUMNS.get(sort, SORT_COLUMNS["station"])
    direction = "DESC" if descending else "ASC"
    placeholders = ", ".join("?" for _ in channels)
    return (
        "SELECT network, station, location, channel, start_time, end_time, "
        "gap_count, percent_available FROM availability "
        f"WHERE network = ? AND channel IN ({placeholders}) "
        "AND end_time >= ? AND start_time <= ? "
        f"ORDER BY {order} {direction}"
    )


def availability(conn: sqlite3.Connection, network: str, channels: Iterable[str],
                 start: str, end: str, sort: str = "station",
                 descending: bool = False) -> list[sqlite3.Row]:
    chans = list(channels) or ["BHZ"]
    conn.row_factory = sqlite3.Row
    sql = _query(chans, sort, descending)
    return conn.execute(sql, (network, *chans, start, end)).fetchall()
