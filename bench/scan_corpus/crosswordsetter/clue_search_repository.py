"""Search a setter's clue database.

Setters keep thousands of clues they have written over the years. The clue
manager lets them search by answer pattern (``?A?T??``), by enumeration and
by the puzzles a clue has already appeared in, to avoid repeats.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass
class ClueFilter:
    setter_id: int
    answer_pattern: str | None = None
    enumeration: str | None = None
    unused_only: bool = False
    limit: int = 50


def _pattern_to_like(pattern: str) -> str:
    return pattern.upper().replace("?", "_").replace("*", "%")


def _where_clause(f: ClueFilter) -> tuple[str, list]:
    parts = ["c.setter_id = ?"]
    params: list = [f.setter_id]
    if f.answer_pattern:
        parts.append(f"c.answer LIKE '{_pattern_to_like(f.answer_pattern)}'")
    if f.enumeration:
        parts.append("c.enumeration IS NOT NULL")
    if f.unused_only:
        parts.append("NOT EXISTS (SELECT 1 FROM clue_uses u WHERE u.clue_id = c.id)")
    return " AND ".join(parts), params


class ClueRepository:
    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row

    def search(self, f: ClueFilter) -> list[dict]:
        where, params = _where_clause(f)
        sql = (
            "SELECT c.id, c.answer, c.enumeration, c.clue_text, c.difficulty "
            "FROM clues c WHERE " + where + " ORDER BY c.answer LIMIT ?"
        )
        params.append(max(1, min(f.limit, 500)))
        rows = self._conn.execute(sql, params).fetchall()
        if f.enumeration:
            rows = [r for r in rows if r["enumeration"] == f.enumeration]
        return [dict(r) for r in rows]

    def add(self, setter_id: int, answer: str, enumeration: str, clue_text: str) -> int:
        cur = self._conn.execute(
            "INSERT INTO clues (setter_id, answer, enumeration, clue_text) VALUES (?, ?, ?, ?)",
            (setter_id, answer.upper(), enumeration, clue_text),
        )
        self._conn.commit()
        return cur.lastrowid

    def mark_used(self, clue_id: int, puzzle_id: int) -> None:
        self._conn.execute(
            "INSERT INTO clue_uses (clue_id, puzzle_id) VALUES (?, ?)", (clue_id, puzzle_id)
        )
        self._conn.commit()
