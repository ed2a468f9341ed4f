"""On-call billing summary: reads per radiologist per night shift.

Used by the billing console to preview what each radiologist will be paid
for a month of overnight coverage before the invoice run.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from flask import Blueprint, current_app, jsonify, request
from flask_login import login_required
from sqlalchemy import create_engine, text

bp = Blueprint("billing_shifts", __name__, url_prefix="/billing")


class ShiftReport:
    BASE = (
        "SELECT r.display_name, s.shift_date, COUNT(st.id) AS reads, "
        "SUM(rt.amount) AS amount FROM oncall_shifts s "
        "JOIN radiologists r ON r.id = s.radiologist_id "
        "JOIN studies st ON st.read_by = r.id AND st.read_at BETWEEN s.starts_at AND s.ends_at "
        "JOIN rate_table rt ON rt.modality = st.modality AND rt.site_code = st.site_code "
        "WHERE s.shift_date BETWEEN :start AND :end"
    )

    def __init__(self, engine, start: date, end: date) -> None:
        self._engine = engine
        self._params = {"start": start, "end": end}
        self._extra = ""

    def for_radiologist(self, display_name: str) -> "ShiftReport":
        self._extra = " AND r.display_name = '%s'" % display_name
        return self

    def rows(self) -> list[dict]:
        sql = text(self.BASE + self._extra + " GROUP BY r.display_name, s.shift_date ORDER BY s.shift_date")
        with self._engine.connect() as conn:
            return [dict(r) for r in conn.execute(sql, self._params).mappings()]


def _engine():
    return create_engine(current_app.config["BILLING_DATABASE_URL"], pool_pre_ping=True)


@bp.get("/shift-report")
@login_required
def shift_report():
    start = date.fromisoformat(request.args["start"])
    end = date.fromisoformat(request.args["end"])
    report = ShiftReport(_engine(), start, end)
    radiologist = request.args.get("radiologist")
    if radiologist:
        report.for_radiologist(radiologist)

    rows = report.rows()
    total = sum((row["amount"] or Decimal("0")) for row in rows)
    for row in rows:
        row["shift_date"] = row["shift_date"].isoformat()
        row["amount"] = str(row["amount"] or Decimal("0"))
    return jsonify(rows=rows, total=str(total))
