"""Back-office search over hire bookings (by postcode, castle, date, status)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

SEARCHABLE_COLUMNS = {
    "postcode": "b.delivery_postcode",
    "status": "b.status",
    "castle": "i.name",
}


@dataclass
class BookingRow:
    id: int
    customer_name: str
    castle: str
    hire_date: str
    postcode: str
    status: str


class BookingSearchRepository:
    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path)

    @staticmethod
    def _condition(field: str, value: str) -> str:
        column = SEARCHABLE_COLUMNS[field]
        return f"{column} = '{value.strip()}'"

    def search(self, filters: dict[str, str], on_or_after: date | None = None) -> list[BookingRow]:
        clauses = [
            self._condition(name, value)
            for name, value in filters.items()
            if name in SEARCHABLE_COLUMNS and value
        ]
        params: list[str] = []
        if on_or_after is not None:
            clauses.append("b.hire_date >= ?")
            params.append(on_or_after.isoformat())
        where = " AND ".join(clauses) or "1 = 1"
        sql = (
            "SELECT b.id, c.name, i.name, b.hire_date, b.delivery_postcode, b.status "
            "FROM bookings b "
            "JOIN customers c ON c.id = b.customer_id "
            "JOIN inflatables i ON i.id = b.inflatable_id "
            f"WHERE {where} ORDER BY b.hire_date DESC LIMIT 200"
        )
        cur = self._conn.execute(sql, params)
        return [BookingRow(*row) for row in cur.fetchall()]

    def close(self) -> None:
        self._conn.close()


def search_from_query_args(repo: BookingSearchRepository, args: dict[str, str]) -> list[dict]:
    since = date.fromisoformat(args["since"]) if args.get("since") else None
    rows = repo.search({k: args.get(k, "") for k in SEARCHABLE_COLUMNS}, on_or_after=since)
    return [row.__dict__ for row in rows]
