"""Ledger queries for wool sales across seasons.

Served to the farm accountant's portal so broker statements can be
reconciled against the bales recorded at the shed.
"""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass

import psycopg
from flask import Blueprint, Response, abort, request

bp = Blueprint("wool_ledger", __name__, url_prefix="/ledger")


@dataclass
class LedgerFilter:
    season: str
    broker: str | None = None
    min_micron: float | None = None
    max_micron: float | None = None

    def where_clause(self) -> str:
        parts = ["s.season = '%s'" % self.season]
        if self.broker:
            parts.append("s.broker = '%s'" % self.broker)
        if self.min_micron is not None:
            parts.append("l.micron >= %.1f" % self.min_micron)
        if self.max_micron is not None:
            parts.append("l.micron <= %.1f" % self.max_micron)
        return " AND ".join(parts)


class WoolLedger:
    BASE = (
        "SELECT s.sale_date, s.broker, l.bale_lot_no, l.micron, l.net_kg, "
        "l.clean_cents_per_kg, l.buyer FROM wool_lots l "
        "JOIN wool_sales s ON s.id = l.sale_id"
    )

    def __init__(self, dsn: str):
        self._dsn = dsn

    def rows(self, flt: LedgerFilter):
        query = f"{self.BASE} WHERE {flt.where_clause()} ORDER BY s.sale_date, l.bale_lot_no"
        with psycopg.connect(self._dsn) as conn:
            with conn.cursor() as cur:
                cur.execute(query)
                yield from cur


def _ledger() -> WoolLedger:
    return WoolLedger(os.environ["WOOL_LEDGER_DSN"])


def _float_arg(name: str) -> float | None:
    raw = request.args.get(name)
    if raw in (None, ""):
        return None
    try:
        return float(raw)
    except ValueError:
        abort(400, f"{name} must be a number")


@bp.get("/<season>.csv")
def export_ledger(season: str):
    flt = LedgerFilter(
        season=season,
        broker=request.args.get("broker") or None,
        min_micron=_float_arg("min_micron"),
        max_micron=_float_arg("max_micron"),
    )
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["sale_date", "broker", "lot", "micron", "net_kg", "c/kg clean", "buyer"])
    for row in _ledger().rows(flt):
        writer.writerow(row)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="wool-ledger-{season}.csv"'},
    )
