"""Passenger manifest export for the harbour master.

Before each sailing the duty manager exports the manifest for one or more
sailings so it can be filed with the harbour master. The selected sailings
arrive as a list of ids from the operations dashboard.
"""
import csv
import io
import os
import sqlite3

from flask import Blueprint, Response, abort, request

bp = Blueprint("manifests", __name__)
DB_PATH = os.environ.get("TICKET_OFFICE_DB", "/var/lib/ferryman/ticket_office.db")
MAX_SAILINGS = 20


def _parse_ids(raw: str) -> list[int]:
    ids = []
    for part in raw.split(","):
        part = part.strip()
        if part:
            ids.append(int(part))
    return ids


def manifest_rows(sailing_ids: list[int]) -> list[tuple]:
    placeholders = ", ".join("?" for _ in sailing_ids)
    sql = (
        "SELECT t.sailing_id, s.departs_at, p.surname, p.first_name, p.passenger_type, t.ticket_no "
        "FROM tickets t "
        "JOIN passengers p ON p.id = t.passenger_id "
        "JOIN sailings s ON s.id = t.sailing_id "
        f"WHERE t.sailing_id IN ({placeholders}) AND t.cancelled_at IS NULL "
        "ORDER BY s.departs_at, p.surname"
    )
    with sqlite3.connect(DB_PATH) as conn:
        return conn.execute(sql, sailing_ids).fetchall()


@bp.get("/manifests.csv")
def export_manifest():
    try:
        sailing_ids = _parse_ids(request.args.get("sailings", ""))
    except ValueError:
        abort(400, "sailings must be numeric ids")
    if not sailing_ids or len(sailing_ids) > MAX_SAILINGS:
        abort(400, f"choose between 1 and {MAX_SAILINGS} sailings")
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["sailing", "departs", "surname", "first_name", "type", "ticket"])
    writer.writerows(manifest_rows(sailing_ids))
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=manifest.csv"},
    )
