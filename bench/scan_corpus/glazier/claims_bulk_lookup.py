"""Bulk status lookup for insurance glass replacement claims.

Insurers send a spreadsheet of claim numbers each week and want the
current state of each job (boarded, measured, glass ordered, reglazed).
"""
import csv
import io
import sqlite3
from typing import Sequence

from flask import Blueprint, Response, current_app, g, request

from .portal_auth import insurer_login_required

bp = Blueprint("claims_bulk", __name__)

MAX_CLAIMS = 500


def lookup_claims(conn: sqlite3.Connection, insurer: str, claim_numbers: Sequence[str]) -> list[tuple]:
    if not claim_numbers:
        return []
    placeholders = ",".join("?" * len(claim_numbers))
    sql = (
        "SELECT claim_number, job_ref, status, boarded_at, reglazed_at FROM insurance_jobs "
        f"WHERE insurer = ? AND claim_number IN ({placeholders}) ORDER BY claim_number"
    )
    return conn.execute(sql, [insurer, *claim_numbers]).fetchall()


def _claim_numbers_from_upload(data: bytes) -> list[str]:
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig")))
    numbers = [row[0].strip() for row in reader if row and row[0].strip()]
    if numbers and numbers[0].lower().startswith("claim"):
        numbers = numbers[1:]
    return numbers[:MAX_CLAIMS]


@bp.post("/claims/bulk-status")
@insurer_login_required
def bulk_status():
    insurer = g.insurer.code
    upload = request.files.get("claims")
    if upload is None:
        return {"error": "attach a CSV of claim numbers"}, 400
    numbers = _claim_numbers_from_upload(upload.read())
    conn = sqlite3.connect(current_app.config["CLAIMS_DB"])
    try:
        rows = lookup_claims(conn, insurer, numbers)
    finally:
        conn.close()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["claim_number", "job_ref", "status", "boarded_at", "reglazed_at"])
    writer.writerows(rows)
    return Response(
        out.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=claims-status-{g.insurer.code}.csv"},
    )
