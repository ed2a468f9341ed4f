"""Timber stock report for the seasoning shed.

Lists boards and blanks in the shed with their moisture readings so the
foreman can pick stock that is dry enough for spokes and felloes. Filters come
from the report form on the intranet.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, Response, current_app, request
from sqlalchemy import text

bp = Blueprint("timber_report", __name__)


@dataclass
class StockFilter:
    species: str | None = None
    max_moisture: float | None = None
    felled_before: date | None = None

    @classmethod
    def from_args(cls, args) -> "StockFilter":
        return cls(
            species=args.get("species") or None,
            max_moisture=float(args["max_moisture"]) if args.get("max_moisture") else None,
            felled_before=date.fromisoformat(args["felled_before"]) if args.get("felled_before") else None,
        )

    def where_sql(self) -> tuple[str, dict]:
        clauses, params = ["1 = 1"], {}
        if self.species:
            clauses.append("species = '{}'".format(self.species))
        if self.max_moisture is not None:
            clauses.append("last_moisture_pct <= :max_moisture")
            params["max_moisture"] = self.max_moisture
        if self.felled_before is not None:
            clauses.append("felled_on < :felled_before")
            params["felled_before"] = self.felled_before
        return " AND ".join(clauses), params


def fetch_stock(engine, flt: StockFilter):
    where, params = flt.where_sql()
    sql = text(
        "SELECT lot_code, species, section_mm, length_mm, last_moisture_pct, felled_on, bay "
        f"FROM timber_lots WHERE {where} ORDER BY species, last_moisture_pct"
    )
    with engine.connect() as conn:
        return conn.execute(sql, params).all()


@bp.get("/reports/timber-stock.csv")
def timber_stock_csv():
    flt = StockFilter.from_args(request.args)
    rows = fetch_stock(current_app.extensions["workshop_engine"], flt)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["Lot", "Species", "Section (mm)", "Length (mm)", "Moisture %", "Felled", "Bay"])
    for r in rows:
        writer.writerow([r.lot_code, r.species, r.section_mm, r.length_mm,
                         r.last_moisture_pct, r.felled_on, r.bay])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=timber-stock.csv"},
    )
