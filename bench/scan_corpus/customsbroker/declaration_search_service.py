"""Search across filed import declarations for the broker staff portal."""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine


class DeclarationQuery:
    """Accumulates filters from the search form, then runs one query."""

    base_sql = (
        "SELECT entry_number, importer_of_record, port_code, entry_date, total_duty "
        "FROM declarations"
    )

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._conditions: list[str] = []
        self._params: dict[str, Any] = {}

    def filed_between(self, start: date, end: date) -> "DeclarationQuery":
        self._conditions.append("entry_date BETWEEN :start AND :end")
        self._params.update(start=start, end=end)
        return self

    def at_port(self, port_code: str) -> "DeclarationQuery":
        self._conditions.append("port_code = :port")
        self._params["port"] = port_code
        return self

    def for_importer(self, importer: str) -> "DeclarationQuery":
        self._conditions.append(f"importer_of_record ILIKE '%{importer}%'")
        return self

    def run(self, limit: int = 100) -> list[dict[str, Any]]:
        sql = self.base_sql
        if self._conditions:
            sql += " WHERE " + " AND ".join(self._conditions)
        sql += " ORDER BY entry_date DESC LIMIT :limit"
        with self.engine.connect() as conn:
            rows = conn.execute(text(sql), {**self._params, "limit": limit})
            return [dict(r._mapping) for r in rows]


def search_from_form(engine: Engine, form: dict[str, str]) -> list[dict[str, Any]]:
    query = DeclarationQuery(engine)
    if form.get("port"):
        query.at_port(form["port"])
    if form.get("importer"):
        query.for_importer(form["importer"])
    if form.get("from") and form.get("to"):
        query.filed_between(date.fromisoformat(form["from"]), date.fromisoformat(form["to"]))
    return query.run(limit=min(int(form.get("limit", 100)), 500))
