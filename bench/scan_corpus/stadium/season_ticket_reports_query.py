"""Renewal reports for the season ticket office.

Each report can run against the live holders table or one of the archived
season tables; the table is chosen from a fixed list of known seasons.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

SEASON_TABLES = {
    "2022": "season_holders_2022",
    "2023": "season_holders_2023",
    "2024": "season_holders_2024",
    "current": "season_holders",
}


def resolve_table(season: str) -> str:
    try:
        return SEASON_TABLES[season]
    except KeyError:
        raise ValueError(f"unknown season {season!r}") from None


def renewals_by_block(conn: Connection, season: str, stand: str, renewed_since: date) -> list[dict[str, Any]]:
    table = resolve_table(season)
    sql = text(
        f"SELECT s.block, count(*) AS renewed, sum(h.price_paid) AS revenue "
        f"FROM {table} h JOIN seats s ON s.id = h.seat_id "
        "WHERE s.stand = :stand AND h.renewed_at >= :since "
        "GROUP BY s.block ORDER BY s.block"
    )
    rows = conn.execute(sql, {"stand": stand, "since": renewed_since})
    return [dict(row._mapping) for row in rows]


def lapsed_holders(conn: Connection, season: str, limit: int = 200) -> list[dict[str, Any]]:
    table = resolve_table(season)
    sql = text(
        f"SELECT holder_no, surname, email, seat_id FROM {table} "
        "WHERE renewed_at IS NULL AND opted_out = false "
        "ORDER BY surname LIMIT :limit"
    )
    return [dict(r._mapping) for r in conn.execute(sql, {"limit": min(limit, 1000)})]
