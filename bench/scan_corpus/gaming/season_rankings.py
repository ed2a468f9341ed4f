"""Leaderboard listing with sortable columns (sqlite3 backend for regional shards)."""
import sqlite3
from typing import Literal

SORT_COLUMNS = {
    "rating": "rating",
    "wins": "wins",
    "kd": "CAST(kills AS REAL) / MAX(deaths, 1)",
    "recent": "last_match_at",
}


def _order_clause(sort: str, direction: Literal["asc", "desc"]) -> str:
    column = SORT_COLUMNS.get(sort)
    if column is None:
        raise ValueError(f"unsupported sort key {sort!r}")
    return f"{column} {'ASC' if direction == 'asc' else 'DESC'}"


def list_rankings(
    conn: sqlite3.Connection,
    season_id: int,
    region: str,
    sort: str = "rating",
    direction: Literal["asc", "desc"] = "desc",
    page: int = 1,
    per_page: int = 50,
) -> list[dict]:
    per_page = max(1, min(per_page, 200))
    offset = (max(page, 1) - 1) * per_page
    sql = (
        "SELECT player_id, display_name, rating, wins, kills, deaths "
        "FROM rankings WHERE season_id = ? AND region = ? "
        f"ORDER BY {_order_clause(sort, direction)} LIMIT ? OFFSET ?"
    )
    conn.row_factory = sqlite3.Row
    rows = conn.execute(sql, (season_id, region, per_page, offset)).fetchall()
    return [dict(r) for r in rows]
