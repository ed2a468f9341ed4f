"""CSV export of stock ledgers for the accountant at year end."""
import csv
import io
from datetime import date
from enum import Enum

from flask import Blueprint, Response, abort, request
from flask_login import login_required

from .db import get_connection

bp = Blueprint("ledger_export", __name__, url_prefix="/admin/ledgers")


class Ledger(Enum):
    RODS = "ledger_rods"
    BOLTS = "ledger_bolts"
    FINISHED = "ledger_finished_baskets"
    TOOLS = "ledger_tools_and_kits"


COLUMNS = ("entry_date", "item", "quantity", "unit_cost_pence", "movement", "note")


def _parse_day(value: str | None, default: date) -> date:
    if not value:
        return default
    try:
        return date.fromisoformat(value)
    except ValueError:
        abort(400, description=f"not a date: {value}")


def export_rows(kind: str, start: date, end: date) -> list[tuple]:
    try:
        table = Ledger[kind.upper()].value
    except KeyError:
        abort(404)
    sql = (
        f"SELECT {', '.join(COLUMNS)} FROM {table} "
        "WHERE entry_date BETWEEN %s AND %s ORDER BY entry_date, id"
    )
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute(sql, (start, end))
        return cur.fetchall()


@bp.get("/<kind>.csv")
@login_required
def export(kind: str):
    today = date.today()
    start = _parse_day(request.args.get("from"), date(today.year, 1, 1))
    end = _parse_day(request.args.get("to"), today)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    writer.writerows(export_rows(kind, start, end))
    filename = f"{kind.lower()}-{start:%Y%m%d}-{end:%Y%m%d}.csv"
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={filename}"},
    )
