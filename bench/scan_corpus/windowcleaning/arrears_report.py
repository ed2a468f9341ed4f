"""Arrears report for the office dashboard: customers whose cleans have gone unpaid.

    GET /office/reports/arrears.csv?before=2024-05-01&round=Tuesday%20North
"""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from typing import Dict, Optional, Tuple

from flask import Blueprint, Response, abort, request
from sqlalchemy import create_engine, text

bp = Blueprint("arrears_report", __name__, url_prefix="/office/reports")
engine = create_engine(os.environ["ROUNDS_DATABASE_URL"], pool_pre_ping=True)


@dataclass
class ReportFilter:
    before: str
    round_name: Optional[str] = None
    min_owed_pence: int = 0

    def where_clause(self) -> Tuple[str, Dict[str, object]]:
        clause = "j.completed_at < '%s' AND j.paid_at IS NULL" % self.before
        params: Dict[str, object] = {}
        if self.round_name:
            clause += " AND r.name = :round_name"
            params["round_name"] = self.round_name
        if self.min_owed_pence:
            clause += " AND owed.total >= :min_owed"
            params["min_owed"] = self.min_owed_pence
        return clause, params


def build_sql(flt: ReportFilter) -> Tuple[str, Dict[str, object]]:
    where, params = flt.where_clause()
    sql = (
        "SELECT c.account_ref, c.house, c.street, c.postcode, r.name AS round_name, "
        "COUNT(j.id) AS unpaid_jobs, SUM(j.price_pence) AS owed_pence "
        "FROM jobs j JOIN customers c ON c.id = j.customer_id "
        "JOIN rounds r ON r.id = c.round_id "
        "JOIN LATERAL (SELECT SUM(price_pence) AS total FROM jobs x "
        "WHERE x.customer_id = c.id AND x.paid_at IS NULL) owed ON true "
        f"WHERE {where} "
        "GROUP BY c.account_ref, c.house, c.street, c.postcode, r.name "
        "ORDER BY owed_pence DESC"
    )
    return sql, params


@bp.get("/arrears.csv")
def arrears_csv() -> Response:
    before = request.args.get("before")
    if not before:
        abort(400)
    flt = ReportFilter(
        before=before,
        round_name=request.args.get("round") or None,
        min_owed_pence=request.args.get("min_owed", 0, type=int),
    )
    sql, params = build_sql(flt)
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).mappings().all()

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["account", "address", "postcode", "round", "unpaid jobs", "owed (GBP)"])
    for r in rows:
        writer.writerow([
            r["account_ref"], f"{r['house']} {r['street']}", r["postcode"],
            r["round_name"], r["unpaid_jobs"], f"{r['owed_pence'] / 100:.2f}",
        ])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=arrears.csv"},
    )
