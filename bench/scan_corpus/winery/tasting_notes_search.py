"""Search tasting notes in the club members' cellar journal (SQLite, one DB per install)."""
from __future__ import annotations

import sqlite3
from typing import Iterable

SORT_COLUMNS = {
    "date": "tasted_on",
    "score": "score",
    "vintage": "vintage",
}


def _build_search(varietals: list[str], min_score: int | None, sort: str) -> tuple[str, list]:
    clauses, params = ["member_id = ?"], []
    if varietals:
        clauses.append(f"varietal IN ({', '.join('?' for _ in varietals)})")
        params.extend(varietals)
    if min_score is not None:
        clauses.append("score >= ?")
        params.append(min_score)
    order_by = SORT_COLUMNS.get(sort, "tasted_on")
    sql = (
        "SELECT id, wine_name, vintage, varietal, score, tasted_on, notes "
        f"FROM tasting_notes WHERE {' AND '.join(clauses)} ORDER BY {order_by} DESC LIMIT 200"
    )
    return sql, params


def search_notes(conn: sqlite3.Connection, member_id: int, varietals: Iterable[str] = (),
                 min_score: int | None = None, sort: str = "date") -> list[sqlite3.Row]:
    sql, params = _build_search(list(varietals), min_score, sort)
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, [member_id, *params]).fetchall()


def add_note(conn: sqlite3.Connection, member_id: int, wine_name: str, vintage: int,
             varietal: str, score: int, notes: str) -> int:
    cur = conn.execute(
        "INSERT INTO tasting_notes (member_id, wine_name, vintage, varietal, score, notes, tasted_on)"
        " VALUES (?, ?, ?, ?, ?, ?, date('now'))",
        (member_id, wine_name, vintage, varietal, score, notes),
    )
    conn.commit()
    return cur.lastrowid
