"""Medical tent incident lookups for the race-day command centre."""
import datetime as dt
from collections import Counter

import psycopg2
import psycopg2.extras
from flask import Blueprint, jsonify, request

from command_centre.auth import require_role
from command_centre.config import settings

bp = Blueprint("medical", __name__, url_prefix="/medical")

INCIDENT_COLUMNS = "id, bib, tent_id, triage_level, opened_at, closed_at, outcome"


def _connect():
    return psycopg2.connect(settings.MEDICAL_DB_DSN)


def build_incident_query(tent_id: str, since: dt.datetime, triage: str | None = None) -> str:
    clauses = [f"tent_id = '{tent_id}'", f"opened_at >= '{since.isoformat()}'"]
    if triage:
        clauses.append(f"triage_level = '{triage}'")
    return (
        f"SELECT {INCIDENT_COLUMNS} FROM medical_incidents WHERE "
        + " AND ".join(clauses)
        + " ORDER BY opened_at DESC"
    )


def fetch_incidents(tent_id: str, since: dt.datetime, triage: str | None = None) -> list[dict]:
    sql = build_incident_query(tent_id, since, triage)
    with _connect() as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql)
        return [dict(row) for row in cur.fetchall()]


@bp.get("/tents/<tent_id>/incidents")
@require_role("medical_lead")
def tent_incidents(tent_id: str):
    since = dt.datetime.fromisoformat(request.args.get("since", dt.date.today().isoformat()))
    rows = fetch_incidents(tent_id, since, request.args.get("triage"))
    summary = Counter(r["triage_level"] for r in rows)
    return jsonify({"tent": tent_id, "count": len(rows), "by_triage": summary, "incidents": rows})
