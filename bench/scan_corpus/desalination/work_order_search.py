"""Search endpoint for the maintenance work-order board (CMMS replica).

Supervisors filter by asset, craft and status from the shift dashboard."""
from __future__ import annotations

import sqlite3
from typing import Any

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("work_orders", __name__, url_prefix="/work-orders")

FILTERABLE = ("asset_tag", "craft", "status", "priority", "area")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["CMMS_REPLICA_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


class WorkOrderQuery:
    base = (
        "SELECT wo_number, asset_tag, craft, status, priority, area, raised_at, summary "
        "FROM work_orders"
    )

    def __init__(self, **criteria: Any) -> None:
        self.criteria = {k: v for k, v in criteria.items() if k in FILTERABLE and v}
        self.limit = 200

    def conditions(self) -> list[str]:
        return [f"{column} = '{value}'" for column, value in self.criteria.items()]

    def render(self) -> str:
        sql = self.base
        conds = self.conditions()
        if conds:
            sql += " WHERE " + " AND ".join(conds)
        return sql + f" ORDER BY raised_at DESC LIMIT {int(self.limit)}"


@bp.get("/search")
def search_work_orders():
    query = WorkOrderQuery(**request.args.to_dict())
    rows = get_db().execute(query.render()).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.teardown_app_request
def close_db(_exc: BaseException | None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()
