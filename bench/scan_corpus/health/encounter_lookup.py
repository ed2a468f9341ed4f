"""Encounter lookups for the care-gap batch job."""
from typing import Any, Sequence

import psycopg

SORTABLE = {
    "admit": "e.admit_at",
    "discharge": "e.discharge_at",
    "los": "e.length_of_stay",
}


def _encounters_sql(n_ids: int, sort: str) -> str:
    placeholders = ", ".join(["%s"] * n_ids)
    order_col = SORTABLE.get(sort, SORTABLE["admit"])
    return (
        "SELECT e.id, e.patient_id, e.admit_at, e.discharge_at, e.drg "
        "FROM encounters e "
        f"WHERE e.patient_id IN ({placeholders}) AND e.discharge_at >= %s "
        f"ORDER BY {order_col} DESC"
    )


def encounters_for(conn: psycopg.Connection, patient_ids: Sequence[int], since,
                   sort: str = "admit") -> list[dict[str, Any]]:
    if not patient_ids:
        return []
    query = _encounters_sql(len(patient_ids), sort)
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        cur.execute(query, [*patient_ids, since])
        return cur.fetchall()
