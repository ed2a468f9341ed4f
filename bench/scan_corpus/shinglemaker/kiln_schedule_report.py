"""Kiln charge schedule listing for the mill floor dashboard."""

import sqlite3
from contextlib import closing

from shinglemaker.config import settings

SORTABLE_COLUMNS = {
    "start": "k.scheduled_start",
    "kiln": "k.kiln_number",
    "species": "k.species",
    "moisture": "k.target_moisture_pct",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_by(sort: str, direction: str) -> str:
    column = SORTABLE_COLUMNS.get(sort, SORTABLE_COLUMNS["start"])
    return f"{column} {DIRECTIONS.get(direction, 'ASC')}"


def list_kiln_charges(kiln: int | None, sort: str = "start", direction: str = "asc") -> list[dict]:
    query = (
        "SELECT k.id, k.kiln_number, k.species, k.bundle_count, k.scheduled_start, "
        "k.target_moisture_pct, k.status FROM kiln_charges k WHERE k.status != 'cancelled'"
    )
    params: list = []
    if kiln is not None:
        query += " AND k.kiln_number = ?"
        params.append(kiln)
    query += f" ORDER BY {_order_by(sort, direction)}"

    with closing(sqlite3.connect(settings.MILL_DB_PATH)) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(query, params).fetchall()
    return [dict(r) for r in rows]


def charges_for_dashboard(request_args: dict) -> list[dict]:
    kiln = request_args.get("kiln")
    return list_kiln_charges(
        int(kiln) if kiln and kiln.isdigit() else None,
        sort=request_args.get("sort", "start"),
        direction=request_args.get("dir", "asc"),
    )
