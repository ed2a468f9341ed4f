"""Repository for vet visit records with filterable search.

The vet portal sends filters as query parameters. Only known fields are
turned into SQL; unknown parameters are ignored and values are always bound.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Mapping

from sqlalchemy import Engine, text

FILTERABLE = {
    "vet": "vet_name",
    "mob": "mob_id",
    "treatment": "treatment",
    "paddock": "paddock",
}


class VetVisitFilters:
    def __init__(self, engine: Engine):
        self._engine = engine

    @staticmethod
    def _conditions(filters: Mapping[str, Any]) -> tuple[list[str], dict]:
        conds: list[str] = []
        params: dict[str, Any] = {}
        for key, value in filters.items():
            column = FILTERABLE.get(key)
            if column is None or value in (None, ""):
                continue
            conds.append(f"{column} = :{key}")
            params[key] = value
        return conds, params

    def search(self, filters: Mapping[str, Any], since: date | None = None) -> list[dict]:
        conds, params = self._conditions(filters)
        if since is not None:
            conds.append("visit_date >= :since")
            params["since"] = since
        where = " AND ".join(conds) if conds else "TRUE"
        stmt = text(
            "SELECT id, visit_date, vet_name, mob_id, paddock, treatment, whp_days, notes "
            f"FROM vet_visits WHERE {where} ORDER BY visit_date DESC LIMIT 500"
        )
        with self._engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt, params)]


def register_routes(app, repo: VetVisitFilters):
    from flask import jsonify, request

    @app.get("/vet-visits")
    def list_visits():
        since = request.args.get("since")
        try:
            since_date = date.fromisoformat(since) if since else None
        except ValueError:
            return jsonify({"error": "since must be YYYY-MM-DD"}), 400
        rows = repo.search(request.args.to_dict(), since_date)
        for r in rows:
            r["visit_date"] = r["visit_date"].isoformat()
        return jsonify(rows)
