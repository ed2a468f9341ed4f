"""Search endpoint for harvest lots used by the QA team."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

SORTABLE = {
    "harvested": "harvested_at",
    "weight": "net_kg",
    "grade": "grade",
    "house": "greenhouse",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class LotFilter:
    greenhouse: str | None = None
    crop: str | None = None
    min_grade: int | None = None
    sort: str = "harvested"
    direction: str = "desc"
    limit: int = 100


def build_search(f: LotFilter) -> tuple[str, list]:
    clauses, params = [], []
    if f.greenhouse:
        clauses.append("greenhouse = ?")
        params.append(f.greenhouse)
    if f.crop:
        clauses.append("crop = ?")
        params.append(f.crop)
    if f.min_grade is not None:
        clauses.append("grade >= ?")
        params.append(f.min_grade)
    where = " AND ".join(clauses) or "1=1"
    order_col = SORTABLE.get(f.sort, "harvested_at")
    order_dir = DIRECTIONS.get(f.direction.lower(), "DESC")
    sql = f"SELECT lot_id, crop, greenhouse, harvested_at, net_kg, grade FROM harvest_lots WHERE {where} ORDER BY {order_col} {order_dir} LIMIT ?"
    params.append(max(1, min(int(f.limit), 500)))
    return sql, params


def search_lots(conn: sqlite3.Connection, f: LotFilter) -> list[sqlite3.Row]:
    sql, params = build_search(f)
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, params).fetchall()
