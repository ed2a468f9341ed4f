"""Queries behind the claims MI dashboard (open reserves, ageing, payouts).

Sorting and grouping columns come from the dashboard UI, so they are mapped
through an allow-list and quoted as identifiers.
"""
from __future__ import annotations

from typing import Any, Sequence

from psycopg2 import sql

SORTABLE = {
    "opened": "opened_at",
    "reserve": "reserve_amount",
    "paid": "paid_to_date",
    "age": "age_days",
}
GROUPABLE = {"region": "region", "loss_type": "loss_type", "handler": "handler_id"}


def open_reserves(conn, region_codes: Sequence[str], sort: str = "reserve", descending: bool = True) -> list[tuple]:
    column = SORTABLE.get(sort, "reserve_amount")
    direction = sql.SQL("DESC" if descending else "ASC")
    placeholders = sql.SQL(", ").join(sql.Placeholder() * len(region_codes))
    query = sql.SQL(
        "SELECT claim_number, region, reserve_amount, paid_to_date, age_days "
        "FROM v_open_claims WHERE region IN ({regions}) ORDER BY {col} {dir}"
    ).format(regions=placeholders, col=sql.Identifier(column), dir=direction)
    with conn.cursor() as cur:
        cur.execute(query, list(region_codes))
        return cur.fetchall()


def payouts_by(conn, group: str, since: str) -> list[tuple]:
    if group not in GROUPABLE:
        raise ValueError(f"cannot group by {group!r}")
    query = sql.SQL(
        "SELECT {g}, COUNT(*), SUM(amount) FROM payouts WHERE paid_at >= %s GROUP BY {g} ORDER BY 3 DESC"
    ).format(g=sql.Identifier(GROUPABLE[group]))
    with conn.cursor() as cur:
        cur.execute(query, (since,))
        return cur.fetchall()


def ageing_buckets(conn, handler_ids: Sequence[int]) -> dict[str, Any]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT width_bucket(age_days, 0, 180, 6) AS bucket, COUNT(*) "
            "FROM v_open_claims WHERE handler_id = ANY(%s) GROUP BY bucket ORDER BY bucket",
            (list(handler_ids),),
        )
        return {f"bucket_{b}": n for b, n in cur.fetchall()}
