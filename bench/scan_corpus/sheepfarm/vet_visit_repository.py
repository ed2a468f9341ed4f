"""Repository for vet visit records (treatments, withholding periods, notes).

The vet portal lets practice staff filter visits by any of a handful of
fields sent as query parameters.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Mapping

from sqlalchemy import Engine, text


class VetVisitRepository:
    TABLE = "vet_visits"

    def __init__(self, engine: Engine):
        self._engine = engine

    @staticmethod
    def _conditions(filters: Mapping[str, Any]) -> tuple[list[str], dict]:
        conds: list[str] = []
        params: dict[str, Any] = {}
        for field, value in filters.items():
            if value in (None, ""):
                continue
            key = f"p_{len(params)}"
            conds.append(f"{field} = :{key}")
            params[key] = value
        return conds, params

    def search(self, filters: Mapping[str, Any], since: date | None = None) -> list[dict]:
        conds, params = self._conditions(filters)
        if since is not None:
            conds.append("visit_date >= :since")
            params["since"] = since
        where = " AND ".join(conds) if conds else "1 = 1"
        stmt = text(
            f"SELECT id, visit_date, vet_name, mob_id, treatment, whp_days, notes "
            f"FROM {self.TABLE} WHERE {where} ORDER BY visit_date DESC"
        )
        with self._engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt, params)]

    def add(self, visit_date: date, vet_name: str, mob_id: int, treatment: str,
            whp_days: int, notes: str = "") -> int:
        stmt = text(
            f"INSERT INTO {self.TABLE} (visit_date, vet_name, mob_id, treatment, whp_days, notes) "
            "VALUES (:d, :v, :m, :t, :w, :n) RETURNING id"
        )
        with self._engine.begin() as conn:
            return conn.execute(
                stmt,
                {"d": visit_date, "v": vet_name, "m": mob_id, "t": treatment,
                 "w": whp_days, "n": notes},
            ).scalar_one()


def register_routes(app, repo: VetVisitRepository):
    from flask import jsonify, request

    @app.get("/vet-visits")
    def list_visits():
        since = request.args.get("since")
        filters = {k: v for k, v in request.args.items() if k != "since"}
        rows = repo.search(filters, date.fromisoformat(since) if since else None)
        return jsonify(rows)
