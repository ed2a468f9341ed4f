"""Staff-only export of sponsor-a-donkey donors for the supporter care team."""
from __future__ import annotations

import csv
import io
import os

from flask import Flask, Response, abort, request
from flask_login import LoginManager, current_user, login_required
from sqlalchemy import create_engine, text

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["STAFF_APP_SECRET_KEY"]
login_manager = LoginManager(app)
engine = create_engine(os.environ["DONOR_DB_URL"], pool_pre_ping=True)

EXPORT_COLUMNS = ("donor_id", "full_name", "email", "donkey_name", "monthly_pence", "started_on")


def _sponsorship_rows(donkey: str | None, sort: str):
    sql = (
        "SELECT s.donor_id, p.full_name, p.email, d.name AS donkey_name, "
        "s.monthly_pence, s.started_on "
        "FROM sponsorships s "
        "JOIN donors p ON p.id = s.donor_id "
        "JOIN donkeys d ON d.id = s.donkey_id "
        "WHERE s.active = true AND (:donkey IS NULL OR d.name = :donkey) "
        f"ORDER BY {sort}"
    )
    with engine.connect() as conn:
        return conn.execute(text(sql), {"donkey": donkey}).all()


@app.get("/staff/exports/sponsors.csv")
@login_required
def export_sponsors():
    if not current_user.has_role("supporter_care"):
        abort(403)
    donkey = request.args.get("donkey") or None
    sort = request.args.get("sort", "started_on")

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_COLUMNS)
    for row in _sponsorship_rows(donkey, sort):
        writer.writerow(row)

    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=sponsors.csv"},
    )
