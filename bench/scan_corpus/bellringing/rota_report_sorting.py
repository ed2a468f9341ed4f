"""Sortable rota attendance report for tower captains."""
from __future__ import annotations

from datetime import date

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

SORT_COLUMNS = {
    "date": "s.service_date",
    "tower": "s.tower",
    "service": "s.service",
    "shortfall": "(s.ringers_needed - s.ringers_confirmed)",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


class RotaReport:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def from_url(cls, url: str) -> "RotaReport":
        return cls(create_engine(url))

    @staticmethod
    def _order_by(sort: str, direction: str) -> str:
        column = SORT_COLUMNS.get(sort, SORT_COLUMNS["date"])
        return f"{column} {DIRECTIONS.get(direction.lower(), 'ASC')}"

    def rows(self, tower: str | None, start: date, end: date,
             sort: str = "date", direction: str = "asc") -> list[dict]:
        clauses = ["s.service_date BETWEEN :start AND :end"]
        params: dict[str, object] = {"start": start, "end": end}
        if tower:
            clauses.append("s.tower = :tower")
            params["tower"] = tower
        sql = (
            "SELECT s.service_date, s.tower, s.service, s.ringers_needed, s.ringers_confirmed "
            f"FROM rota_slots s WHERE {' AND '.join(clauses)} "
            f"ORDER BY {self._order_by(sort, direction)}"
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(text(sql), params)]

    def as_csv_lines(self, rows: list[dict]) -> list[str]:
        header = "date,tower,service,needed,confirmed"
        body = [
            ",".join(
                [r["service_date"].isoformat(), f'"{r["tower"]}"', r["service"],
                 str(r["ringers_needed"]), str(r["ringers_confirmed"])]
            )
            for r in rows
        ]
        return [header, *body]
