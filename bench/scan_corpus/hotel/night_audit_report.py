"""Night-audit revenue report endpoints for the back-office dashboard."""
from datetime import date

from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import text

bp = Blueprint("night_audit", __name__, url_prefix="/reports/night-audit")

_BASE = """
    SELECT f.business_date,
           f.revenue_code,
           SUM(f.amount)      AS amount,
           COUNT(DISTINCT f.folio_id) AS folios
      FROM folio_postings f
     WHERE f.property_code = '{prop}'
       AND f.business_date BETWEEN '{start}' AND '{end}'
"""


def build_revenue_query(prop: str, start: str, end: str, revenue_codes: list[str] | None = None) -> str:
    sql = _BASE.format(prop=prop, start=start, end=end)
    if revenue_codes:
        quoted = ", ".join(f"'{c}'" for c in revenue_codes)
        sql += f"   AND f.revenue_code IN ({quoted})\n"
    sql += " GROUP BY f.business_date, f.revenue_code ORDER BY 1, 2"
    return sql


def run_report(sql: str) -> list[dict]:
    engine = current_app.extensions["pms_engine"]
    with engine.connect() as conn:
        rows = conn.execute(text(sql)).mappings().all()
    return [
        {
            "business_date": r["business_date"].isoformat(),
            "revenue_code": r["revenue_code"],
            "amount": float(r["amount"]),
            "folios": r["folios"],
        }
        for r in rows
    ]


@bp.get("/<prop>")
def revenue(prop: str):
    today = date.today().isoformat()
    start = request.args.get("from", today)
    end = request.args.get("to", today)
    codes = request.args.getlist("code")
    return jsonify(run_report(build_revenue_query(prop, start, end, codes)))
