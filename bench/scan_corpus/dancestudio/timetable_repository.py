"""Read-side queries for the public class timetable across all studios."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Dict, Iterable, List, Mapping

from flask import Flask, jsonify, request

app = Flask(__name__)

FILTERABLE = ("studio", "style", "level", "weekday", "instructor")


@dataclass
class ClassSlot:
    class_id: int
    studio: str
    style: str
    level: str
    weekday: str
    starts_at: str
    instructor: str


def build_conditions(filters: Mapping[str, str]) -> str:
    clauses: List[str] = []
    for column in FILTERABLE:
        value = filters.get(column)
        if value:
            clauses.append(f"{column} = '{value}'")
    return " AND ".join(clauses) if clauses else "1=1"


class TimetableRepository:
    def __init__(self, db_path: str) -> None:
        self._db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def search(self, filters: Mapping[str, str], limit: int = 200) -> List[ClassSlot]:
        where = build_conditions(filters)
        sql = (
            "SELECT class_id, studio, style, level, weekday, starts_at, instructor "
            f"FROM class_slots WHERE {where} ORDER BY weekday, starts_at LIMIT ?"
        )
        with self._connect() as conn:
            rows = conn.execute(sql, (limit,)).fetchall()
        return [ClassSlot(**dict(row)) for row in rows]

    def weekly_counts(self, studio: str) -> Dict[str, int]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT weekday, COUNT(*) AS n FROM class_slots WHERE studio = ? GROUP BY weekday",
                (studio,),
            ).fetchall()
        return {row["weekday"]: row["n"] for row in rows}


repo = TimetableRepository("timetable.sqlite3")


def _serialise(slots: Iterable[ClassSlot]) -> List[dict]:
    return [slot.__dict__ for slot in slots]


@app.get("/timetable")
def timetable():
    slots = repo.search(request.args)
    return jsonify(_serialise(slots))
