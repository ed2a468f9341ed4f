"""Instructor certification expiry report.

The chief instructor checks which instructors hold which paddlesport
awards (coracle coach, canoe leader, first aid, white-water safety and
rescue) and when they expire, so renewals can be booked before the season.
"""

from datetime import date, timedelta

from flask import Blueprint, jsonify, request
from sqlalchemy import text

from coracle.extensions import db

reports_bp = Blueprint("cert_reports", __name__, url_prefix="/reports/certifications")

DEFAULT_WINDOW_DAYS = 90


def _award_filter(codes: list[str]) -> str:
    quoted = ", ".join(f"'{c.strip().upper()}'" for c in codes if c.strip())
    return f"AND c.award_code IN ({quoted})" if quoted else ""


def expiring_certificates(award_codes: list[str], within_days: int) -> list[dict]:
    cutoff = date.today() + timedelta(days=within_days)
    stmt = text(
        "SELECT i.full_name, c.award_code, c.expires_on "
        "FROM certifications c JOIN instructors i ON i.id = c.instructor_id "
        "WHERE c.expires_on <= :cutoff "
        + _award_filter(award_codes)
        + " ORDER BY c.expires_on"
    )
    rows = db.session.execute(stmt, {"cutoff": cutoff}).mappings().all()
    return [
        {
            "instructor": r["full_name"],
            "award": r["award_code"],
            "expires_on": r["expires_on"].isoformat(),
        }
        for r in rows
    ]


@reports_bp.get("/expiring")
def expiring():
    codes = request.args.get("awards", "").split(",")
    days = int(request.args.get("days", DEFAULT_WINDOW_DAYS))
    return jsonify(expiring_certificates(codes, days))
