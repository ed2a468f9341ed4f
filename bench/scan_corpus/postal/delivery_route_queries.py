"""Queries for the delivery round planner.

Planners list the parcels assigned to a round and can sort the table by a
few columns.  Query text is assembled here and run by the repository class.
"""
from dataclasses import dataclass
from typing import Any

import sqlite3

SORTABLE_COLUMNS = {
    "postcode": "p.recipient_postcode",
    "weight": "p.weight_g",
    "received": "p.received_at",
    "sequence": "s.stop_sequence",
}


@dataclass
class RoundFilter:
    round_code: str
    postcode_prefix: str | None = None
    sort: str = "sequence"
    descending: bool = False


def build_round_query(f: RoundFilter) -> tuple[str, list[Any]]:
    sql = (
        "SELECT p.tracking_number, p.recipient_postcode, p.weight_g, s.stop_sequence "
        "FROM parcels p JOIN round_stops s ON s.parcel_id = p.id "
        "WHERE s.round_code = ?"
    )
    params: list[Any] = [f.round_code]
    if f.postcode_prefix:
        sql += " AND p.recipient_postcode LIKE ?"
        params.append(f.postcode_prefix.upper() + "%")
    column = SORTABLE_COLUMNS.get(f.sort, SORTABLE_COLUMNS["sequence"])
    direction = "DESC" if f.descending else "ASC"
    sql += f" ORDER BY {column} {direction}"
    return sql, params


class RoundRepository:
    def __init__(self, db_path: str):
        self._db_path = db_path

    def parcels_for_round(self, f: RoundFilter) -> list[sqlite3.Row]:
        sql, params = build_round_query(f)
        with sqlite3.connect(self._db_path) as conn:
            conn.row_factory = sqlite3.Row
            return conn.execute(sql, params).fetchall()
