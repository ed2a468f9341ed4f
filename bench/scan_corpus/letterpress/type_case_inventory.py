"""Inventory of metal and wood type: faces, sizes, fonts per case, and where each case lives."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from typing import Iterator, Optional

DB_FILE = "type_inventory.sqlite3"


@dataclass
class TypeCase:
    case_id: str
    face_name: str
    material: str  # "metal" or "wood"
    point_size: int
    cabinet: str
    drawer: int
    sorts_missing: int


def connect(path: str = DB_FILE) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def _rows_to_cases(rows: Iterator[sqlite3.Row]) -> list[TypeCase]:
    return [TypeCase(**dict(r)) for r in rows]


def search_faces(conn: sqlite3.Connection, term: str, material: Optional[str] = None) -> list[TypeCase]:
    sql = (
        "SELECT case_id, face_name, material, point_size, cabinet, drawer, sorts_missing "
        f"FROM type_cases WHERE face_name LIKE '%{term.strip()}%'"
    )
    params: tuple = ()
    if material:
        sql += " AND material = ?"
        params = (material,)
    with closing(conn.execute(sql + " ORDER BY face_name, point_size", params)) as cur:
        return _rows_to_cases(cur)


def record_missing_sorts(conn: sqlite3.Connection, case_id: str, count: int) -> None:
    with conn:
        conn.execute(
            "UPDATE type_cases SET sorts_missing = sorts_missing + ? WHERE case_id = ?",
            (count, case_id),
        )


def cases_in_cabinet(conn: sqlite3.Connection, cabinet: str) -> list[TypeCase]:
    cur = conn.execute(
        "SELECT case_id, face_name, material, point_size, cabinet, drawer, sorts_missing "
        "FROM type_cases WHERE cabinet = ? ORDER BY drawer",
        (cabinet,),
    )
    return _rows_to_cases(cur)


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="Find a typeface in the case cabinets")
    ap.add_argument("term")
    ap.add_argument("--material", choices=["metal", "wood"])
    args = ap.parse_args()
    with closing(connect()) as c:
        for case in search_faces(c, args.term, args.material):
            print(f"{case.face_name:30} {case.point_size:>3}pt  {case.cabinet}/{case.drawer}")
