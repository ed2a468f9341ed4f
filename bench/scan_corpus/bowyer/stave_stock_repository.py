"""Repository for stave stock, used by the workshop stock screen."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterator

SORTABLE = {
    "length": "length_mm",
    "species": "species",
    "seasoned": "seasoned_since",
    "price": "cost_pence",
    "rack": "rack",
}


@dataclass
class StaveFilter:
    species: str | None = None
    min_length_mm: int = 0
    grade: str | None = None
    sort: str = "length"
    descending: bool = True


class StaveStockRepository:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def _order_by(self, f: StaveFilter) -> str:
        column = SORTABLE.get(f.sort, "length_mm")
        return f"ORDER BY {column} {'DESC' if f.descending else 'ASC'}"

    def search(self, f: StaveFilter) -> Iterator[sqlite3.Row]:
        clauses = ["sold = 0", "length_mm >= ?"]
        params: list = [f.min_length_mm]
        if f.species:
            clauses.append("species LIKE ? ESCAPE '\\'")
            escaped = f.species.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(f"%{escaped}%")
        if f.grade:
            clauses.append("grade = ?")
            params.append(f.grade)
        sql = (
            "SELECT id, species, length_mm, grade, rack, seasoned_since, cost_pence FROM staves "
            f"WHERE {' AND '.join(clauses)} {self._order_by(f)}"
        )
        yield from self.conn.execute(sql, params)

    def reserve(self, stave_id: int, order_ref: str) -> bool:
        with self.conn:
            cur = self.conn.execute(
                "UPDATE staves SET reserved_for = ? WHERE id = ? AND reserved_for IS NULL AND sold = 0",
                (order_ref, stave_id),
            )
        return cur.rowcount == 1

    def close(self) -> None:
        self.conn.close()


def stock_screen(path: str, query: dict) -> list[dict]:
    repo = StaveStockRepository(path)
    try:
        f = StaveFilter(
            species=query.get("species") or None,
            min_length_mm=int(query.get("min_length", 0)),
            grade=query.get("grade") or None,
            sort=query.get("sort", "length"),
            descending=query.get("dir", "desc") != "asc",
        )
        return [dict(r) for r in repo.search(f)]
    finally:
        repo.close()
