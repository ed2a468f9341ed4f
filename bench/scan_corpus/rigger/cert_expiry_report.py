"""Which crew on a call list have certifications expiring before the show?

The crew booking screen posts the selected crew ids and the show's load-in
date; the office gets back any certificate that lapses before then.
"""
from datetime import date

from flask import Blueprint, jsonify, request
from sqlalchemy import text

from .db import engine

bp = Blueprint("cert_expiry", __name__)


def _id_list(raw_ids: list) -> str:
    return ", ".join(f"'{crew_id}'" for crew_id in raw_ids)


def expiring_certs(crew_ids: list, before: date) -> list[dict]:
    if not crew_ids:
        return []
    stmt = text(
        "SELECT c.crew_id, p.full_name, c.scheme, c.level, c.expires_on "
        "FROM crew_certifications c JOIN crew p ON p.id = c.crew_id "
        f"WHERE c.crew_id IN ({_id_list(crew_ids)}) AND c.expires_on < :before "
        "ORDER BY c.expires_on"
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"before": before}).mappings().all()
    return [dict(r) for r in rows]


def summarise(rows: list[dict]) -> dict:
    by_crew: dict[int, list[str]] = {}
    for r in rows:
        by_crew.setdefault(r["crew_id"], []).append(f"{r['scheme']} {r['level']}")
    return {"crew_affected": len(by_crew), "details": by_crew}


@bp.post("/api/shows/cert-check")
def cert_check():
    body = request.get_json(force=True)
    load_in = date.fromisoformat(body["load_in"])
    rows = expiring_certs(body.get("crew_ids", []), load_in)
    return jsonify(
        {
            "load_in": load_in.isoformat(),
            "expiring": [
                {**r, "expires_on": r["expires_on"].isoformat()} for r in rows
            ],
            "summary": summarise(rows),
        }
    )
