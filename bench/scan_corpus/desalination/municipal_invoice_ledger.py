"""Ledger lookups for potable-water sales invoiced to member municipalities.

Called by the finance team's reconciliation notebook and by the customer
statements service."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal

import psycopg2
import psycopg2.extras
from flask import Blueprint, current_app, jsonify, request


@dataclass
class LedgerFilter:
    municipality_code: str
    period: str  # YYYY-MM
    invoice_status: str = "posted"


class InvoiceLedger:
    LINES_SQL = (
        "SELECT i.invoice_no, i.period, l.meter_point, l.volume_m3, l.tariff_per_m3, "
        "l.volume_m3 * l.tariff_per_m3 AS amount "
        "FROM sales_invoice i JOIN sales_invoice_line l ON l.invoice_id = i.id "
        "WHERE i.municipality_code = '{municipality_code}' "
        "AND i.period = '{period}' AND i.status = '{invoice_status}' "
        "ORDER BY l.meter_point"
    )

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def _cursor(self):
        conn = psycopg2.connect(self._dsn)
        conn.set_session(readonly=True)
        return conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor)

    def lines(self, flt: LedgerFilter) -> list[dict]:
        conn, cur = self._cursor()
        try:
            cur.execute(self.LINES_SQL.format(**asdict(flt)))
            return list(cur.fetchall())
        finally:
            conn.close()

    def total(self, flt: LedgerFilter) -> Decimal:
        return sum((Decimal(str(r["amount"])) for r in self.lines(flt)), Decimal("0"))


statements = Blueprint("statements", __name__)


@statements.get("/statements/<municipality_code>")
def statement_for(municipality_code: str):
    period = request.args.get("period", "")
    ledger = InvoiceLedger(current_app.config["LEDGER_DSN"])
    rows = ledger.lines(LedgerFilter(municipality_code=municipality_code, period=period))
    return jsonify({
        "municipality": municipality_code,
        "period": period,
        "lines": rows,
        "total": str(sum((Decimal(str(r["amount"])) for r in rows), Decimal("0"))),
    })
