"""Backlog report for the maintenance planner: open work orders grouped by
area (intake, pretreatment, RO hall, post-treatment, brine outfall)."""
from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import Column, Date, Integer, MetaData, String, Table, create_engine, select

metadata = MetaData()

work_orders = Table(
    "work_orders",
    metadata,
    Column("wo_number", String(16), primary_key=True),
    Column("asset_tag", String(32)),
    Column("area", String(24)),
    Column("craft", String(16)),
    Column("status", String(12)),
    Column("priority", Integer),
    Column("raised_on", Date),
    Column("summary", String(400)),
)

bp = Blueprint("backlog", __name__)


class BacklogQuery:
    filter_columns = {name: work_orders.c[name] for name in ("area", "craft", "status", "asset_tag")}
    sort_columns = {"priority": work_orders.c.priority, "raised": work_orders.c.raised_on}

    def __init__(self, params: dict[str, Any]) -> None:
        self.params = params

    def build(self):
        stmt = select(work_orders)
        for name, column in self.filter_columns.items():
            value = self.params.get(name)
            if value:
                stmt = stmt.where(column == value)
        sort_key = self.sort_columns.get(self.params.get("sort", "priority"), work_orders.c.priority)
        direction = sort_key.desc() if self.params.get("dir") == "desc" else sort_key.asc()
        return stmt.order_by(direction).limit(500)


@bp.get("/reports/backlog")
def backlog():
    engine = current_app.extensions.setdefault(
        "cmms_engine", create_engine(current_app.config["CMMS_DATABASE_URL"])
    )
    query = BacklogQuery(request.args.to_dict())
    with engine.connect() as conn:
        rows = conn.execute(query.build()).mappings().all()
    return jsonify([{**r, "raised_on": r["raised_on"].isoformat()} for r in rows])
