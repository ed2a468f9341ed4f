"""Server-side filtering for the radiologist reading worklist.

The worklist screen sends its filter bar as query parameters; this module
turns them into a single query against the ``studies`` table.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("worklist", __name__)

FILTERABLE = ("modality", "status", "priority", "site_code")


@dataclass
class _WhereBuilder:
    clauses: list[str] = field(default_factory=list)

    def equals(self, column: str, value: str) -> "_WhereBuilder":
        self.clauses.append("{} = '{}'".format(column, value))
        return self

    def render(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "TRUE"


class WorklistQuery:
    def __init__(self, conninfo: str, radiologist_id: int) -> None:
        self._conninfo = conninfo
        self._radiologist_id = radiologist_id
        self._where = _WhereBuilder()

    def apply_filters(self, params: dict[str, str]) -> "WorklistQuery":
        for column in FILTERABLE:
            value = params.get(column)
            if value:
                self._where.equals(column, value)
        return self

    def fetch(self, limit: int = 100) -> list[dict]:
        sql = (
            "SELECT accession, patient_initials, modality, status, priority, site_code, received_at "
            "FROM studies WHERE assigned_to = %s AND " + self._where.render() +
            " ORDER BY priority DESC, received_at ASC LIMIT %s"
        )
        with psycopg.connect(self._conninfo, row_factory=dict_row) as conn:
            return conn.execute(sql, (self._radiologist_id, limit)).fetchall()


@bp.get("/api/worklist")
@login_required
def worklist():
    limit = max(1, min(request.args.get("limit", 100, type=int), 500))
    query = WorklistQuery(current_app.config["WORKLIST_DSN"], current_user.id)
    rows = query.apply_filters(request.args.to_dict()).fetch(limit)
    for row in rows:
        row["received_at"] = row["received_at"].isoformat()
    return jsonify(studies=rows, count=len(rows))
