"""Stock-on-hand report for the warehouse dashboard.

Coordinators filter by product category (tins, dried food, toiletries...)
and by minimum days until best-before.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["WAREHOUSE_DB_URL"], pool_pre_ping=True)


@dataclass
class ReportFilter:
    categories: list[str]
    min_days_left: int = 0
    site: str = "main"


def _category_clause(categories: list[str]) -> str:
    if not categories:
        return "1=1"
    quoted = ", ".join(f"'{c.strip()}'" for c in categories)
    return f"p.category IN ({quoted})"


def stock_on_hand(flt: ReportFilter) -> list[dict]:
    sql = text(
        "SELECT p.sku, p.name, p.category, SUM(s.quantity) AS qty, MIN(s.best_before) AS earliest "
        "FROM stock_lots s JOIN products p ON p.sku = s.sku "
        f"WHERE s.site = :site AND {_category_clause(flt.categories)} "
        "AND s.best_before >= CURRENT_DATE + :min_days "
        "GROUP BY p.sku, p.name, p.category ORDER BY earliest"
    )
    with engine.connect() as conn:
        rows = conn.execute(sql, {"site": flt.site, "min_days": flt.min_days_left})
        return [dict(r._mapping) for r in rows]


@app.get("/reports/stock")
def stock_report():
    flt = ReportFilter(
        categories=request.args.getlist("category"),
        min_days_left=request.args.get("min_days", default=0, type=int),
        site=request.args.get("site", "main"),
    )
    rows = stock_on_hand(flt)
    for row in rows:
        row["earliest"] = row["earliest"].isoformat() if row["earliest"] else None
    return jsonify(rows)
