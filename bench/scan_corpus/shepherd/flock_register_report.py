"""Sortable flock register report for the farm office.

The office can sort the ewe list by any of the displayed columns and filter
to a mob; the result is rendered as a table or exported to CSV.
"""
from __future__ import annotations

import csv
import io

import psycopg
from psycopg.rows import dict_row

from shepherd.settings import settings

SORT_COLUMNS = {
    "tag": "e.tag",
    "breed": "e.breed",
    "age": "e.birth_year",
    "mob": "m.name",
    "weight": "e.last_weight_kg",
    "scanned": "e.scan_result",
}


def _order_clause(sort: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["tag"])
    return f"{column} {'DESC' if descending else 'ASC'}, e.tag ASC"


def register_rows(mob_id: int | None, sort: str = "tag", descending: bool = False) -> list[dict]:
    order_by = _order_clause(sort, descending)
    query = f"""
        SELECT e.tag, e.breed, e.birth_year, m.name AS mob, e.last_weight_kg, e.scan_result
        FROM ewes e JOIN mobs m ON m.id = e.mob_id
        WHERE e.culled_on IS NULL AND (%(mob)s::int IS NULL OR e.mob_id = %(mob)s)
        ORDER BY {order_by}
    """
    with psycopg.connect(settings.database_url, row_factory=dict_row) as conn:
        return conn.execute(query, {"mob": mob_id}).fetchall()


def register_csv(mob_id: int | None, sort: str = "tag", descending: bool = False) -> str:
    rows = register_rows(mob_id, sort, descending)
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf,
        fieldnames=["tag", "breed", "birth_year", "mob", "last_weight_kg", "scan_result"],
    )
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()
