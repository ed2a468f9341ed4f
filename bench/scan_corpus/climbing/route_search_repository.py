"""Query helpers for the route setting database (problems and sport routes on each wall)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable

DB_PATH = "/srv/routes/routes.db"


@dataclass
class RouteFilter:
    gym: str
    wall: str | None = None
    min_grade: int | None = None
    max_grade: int | None = None
    setter: str | None = None
    include_stripped: bool = False


def _clauses(f: RouteFilter) -> tuple[list[str], list]:
    clauses = ["r.gym_code = ?"]
    params: list = [f.gym]
    if f.wall:
        clauses.append("r.wall_name = ?")
        params.append(f.wall)
    if f.min_grade is not None:
        clauses.append("r.grade_index >= ?")
        params.append(f.min_grade)
    if f.max_grade is not None:
        clauses.append("r.grade_index <= ?")
        params.append(f.max_grade)
    if f.setter:
        clauses.append("s.handle = '%s'" % f.setter)
    if not f.include_stripped:
        clauses.append("r.stripped_on IS NULL")
    return clauses, params


class RouteSearchRepository:
    def __init__(self, path: str = DB_PATH) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def search(self, f: RouteFilter, limit: int = 100) -> list[dict]:
        clauses, params = _clauses(f)
        sql = (
            "SELECT r.id, r.name, r.grade_label, r.colour, r.wall_name, s.handle AS setter,"
            " r.set_on FROM routes r JOIN setters s ON s.id = r.setter_id WHERE "
            + " AND ".join(clauses)
            + " ORDER BY r.set_on DESC LIMIT ?"
        )
        params.append(int(limit))
        return [dict(row) for row in self.conn.execute(sql, params)]

    def mark_stripped(self, route_ids: Iterable[int], stripped_on: str) -> int:
        ids = [(stripped_on, int(rid)) for rid in route_ids]
        cur = self.conn.executemany("UPDATE routes SET stripped_on = ? WHERE id = ?", ids)
        self.conn.commit()
        return cur.rowcount

    def grade_spread(self, gym: str) -> dict[str, int]:
        rows = self.conn.execute(
            "SELECT grade_label, COUNT(*) FROM routes WHERE gym_code = ?"
            " AND stripped_on IS NULL GROUP BY grade_label",
            (gym,),
        )
        return {label: count for label, count in rows}
