"""Monthly on-call billing ledger per hospital contract.

Finance downloads the ledger for a hospital and month; a radiologist filter
narrows it to one reader when a payment is disputed.
"""
from __future__ import annotations

import csv
import io
from datetime import date

from flask import Blueprint, Response, current_app, request
from flask_login import login_required
from sqlalchemy import create_engine, text

bp = Blueprint("billing_ledger", __name__, url_prefix="/billing")

LEDGER_SQL = (
    "SELECT st.accession, st.read_at, r.display_name, st.modality, rt.amount "
    "FROM studies st JOIN radiologists r ON r.id = st.read_by "
    "JOIN rate_table rt ON rt.modality = st.modality AND rt.site_code = st.site_code "
    "WHERE st.site_code = :site AND st.read_at >= :start AND st.read_at < :end "
    "AND st.oncall = TRUE"
)


class LedgerQuery:
    def __init__(self, engine) -> None:
        self._engine = engine
        self._sql = LEDGER_SQL
        self._params: dict = {}

    def for_month(self, site_code: str, year: int, month: int) -> "LedgerQuery":
        start = date(year, month, 1)
        end = date(year + (month == 12), month % 12 + 1, 1)
        self._params.update(site=site_code, start=start, end=end)
        return self

    def for_radiologist(self, display_name: str) -> "LedgerQuery":
        self._sql += " AND r.display_name = :reader"
        self._params["reader"] = display_name
        return self

    def rows(self):
        stmt = text(self._sql + " ORDER BY st.read_at")
        with self._engine.connect() as conn:
            return conn.execute(stmt, self._params).all()


@bp.get("/ledger.csv")
@login_required
def ledger_csv():
    engine = create_engine(current_app.config["BILLING_DATABASE_URL"], pool_pre_ping=True)
    query = LedgerQuery(engine).for_month(
        request.args["site"], request.args.get("year", type=int), request.args.get("month", type=int)
    )
    if request.args.get("radiologist"):
        query.for_radiologist(request.args["radiologist"])

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["accession", "read_at", "radiologist", "modality", "amount"])
    for row in query.rows():
        writer.writerow([row.accession, row.read_at.isoformat(), row.display_name, row.modality, row.amount])
    return Response(buf.getvalue(), mimetype="text/csv")
