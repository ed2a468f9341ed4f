"""Monthly chemical usage report per technician, as required by the state pesticide board."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import date

from flask import Flask, Response, abort, g, request

app = Flask(__name__)
app.config.from_prefixed_env()

REPORT_COLUMNS = ["applied_on", "site_address", "product", "epa_reg_no", "quantity_ml", "target_pest"]


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["USAGE_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def month_bounds(month: str) -> tuple[str, str]:
    year, mon = (int(p) for p in month.split("-"))
    start = date(year, mon, 1)
    end = date(year + (mon == 12), mon % 12 + 1, 1)
    return start.isoformat(), end.isoformat()


@app.get("/reports/chemical-usage")
def chemical_usage():
    technician = request.args.get("technician", "")
    month = request.args.get("month", date.today().strftime("%Y-%m"))
    try:
        start, end = month_bounds(month)
    except ValueError:
        abort(400, "month must be YYYY-MM")
    rows = get_db().execute(
        "SELECT u.applied_on, s.address AS site_address, p.trade_name AS product,"
        " p.epa_reg_no, u.quantity_ml, u.target_pest"
        " FROM usage_log u JOIN sites s ON s.id = u.site_id"
        " JOIN products p ON p.id = u.product_id"
        f" WHERE u.technician_badge = '{technician}'"
        " AND u.applied_on >= ? AND u.applied_on < ?"
        " ORDER BY u.applied_on",
        (start, end),
    ).fetchall()

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(REPORT_COLUMNS)
    for row in rows:
        writer.writerow([row[c] for c in REPORT_COLUMNS])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=usage-{month}.csv"},
    )
