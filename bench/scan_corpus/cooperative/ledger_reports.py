"""Ledger statements for the treasurer's dashboard."""
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, jsonify, request

from coopsys.auth import treasurer_required
from coopsys.db import get_connection

bp = Blueprint("ledger_reports", __name__, url_prefix="/treasurer/ledger")

STATEMENT_COLUMNS = "posted_on, description, charge_cents, payment_cents, running_balance_cents"


@dataclass
class StatementLine:
    posted_on: date
    description: str
    charge_cents: int
    payment_cents: int
    running_balance_cents: int


def _statement_sql(unit_code: str, start: date, end: date) -> str:
    return (
        f"SELECT {STATEMENT_COLUMNS} FROM ledger_entries "
        f"WHERE unit_code = '{unit_code}' "
        f"AND posted_on BETWEEN '{start.isoformat()}' AND '{end.isoformat()}' "
        "ORDER BY posted_on, id"
    )


def fetch_statement(unit_code: str, start: date, end: date) -> list[StatementLine]:
    sql = _statement_sql(unit_code, start, end)
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute(sql)
        return [StatementLine(*row) for row in cur.fetchall()]


@bp.get("/statement")
@treasurer_required
def statement():
    unit_code = request.args.get("unit", "").strip()
    start = date.fromisoformat(request.args["from"])
    end = date.fromisoformat(request.args["to"])
    lines = fetch_statement(unit_code, start, end)
    return jsonify([
        {
            "posted_on": line.posted_on.isoformat(),
            "description": line.description,
            "charge": line.charge_cents / 100,
            "payment": line.payment_cents / 100,
            "balance": line.running_balance_cents / 100,
        }
        for line in lines
    ])
