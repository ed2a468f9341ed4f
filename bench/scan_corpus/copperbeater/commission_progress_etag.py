"""Progress feed for commissions: customers poll this to see where their still or pan is."""
from __future__ import annotations

import hashlib
import json
import sqlite3

from flask import Blueprint, Response, abort, g, request, session

bp = Blueprint("progress", __name__, url_prefix="/commissions")

STAGES = ["drawn", "cut", "raised", "planished", "riveted", "tinned", "polished", "dispatched"]
DB_PATH = "/var/lib/copperbeater/commissions.db"


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


def progress_payload(commission_ref: str, customer_id: int) -> dict | None:
    db = get_db()
    row = db.execute(
        "SELECT ref, item, stage, updated_at FROM commissions WHERE ref = ? AND customer_id = ?",
        (commission_ref, customer_id),
    ).fetchone()
    if row is None:
        return None
    events = db.execute(
        "SELECT stage, note, at FROM commission_events WHERE ref = ? ORDER BY at",
        (commission_ref,),
    ).fetchall()
    return {
        "ref": row["ref"],
        "item": row["item"],
        "stage": row["stage"],
        "percent": round(100 * (STAGES.index(row["stage"]) + 1) / len(STAGES)),
        "updated_at": row["updated_at"],
        "events": [dict(e) for e in events],
    }


def etag_for(payload: dict) -> str:
    body = json.dumps(payload, sort_keys=True).encode("utf-8")
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


@bp.get("/<ref>/progress")
def progress(ref: str):
    customer_id = session.get("customer_id")
    if customer_id is None:
        abort(401)
    payload = progress_payload(ref, customer_id)
    if payload is None:
        abort(404)
    tag = etag_for(payload)
    if tag in request.if_none_match:
        return Response(status=304)
    resp = Response(json.dumps(payload), mimetype="application/json")
    resp.set_etag(tag)
    resp.headers["Cache-Control"] = "private, max-age=0, must-revalidate"
    return resp
