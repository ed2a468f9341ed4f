"""JSON API behind the roster planner single-page app.

The planner is served from the cooperative's intranet site and calls
this API with the pilot's session cookie to read and swap shifts.
"""
from __future__ import annotations

import os
from datetime import date

from flask import Flask, abort, jsonify, request, session
from sqlalchemy import create_engine, text

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["ROSTER_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)
engine = create_engine(os.environ["DISPATCH_DB_URL"], future=True)


def _cors_headers(origin: str | None) -> dict[str, str]:
    if not origin:
        return {}
    return {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type",
        "Vary": "Origin",
    }


@app.after_request
def add_cors(response):
    response.headers.update(_cors_headers(request.headers.get("Origin")))
    return response


def _pilot_id() -> str:
    pilot_id = session.get("pilot_id")
    if not pilot_id:
        abort(401)
    return pilot_id


@app.get("/api/roster/mine")
def my_roster():
    pilot_id = _pilot_id()
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, starts_at, ends_at FROM shifts WHERE pilot_id = :p "
                 "AND starts_at >= :today ORDER BY starts_at"),
            {"p": pilot_id, "today": date.today()},
        ).mappings().all()
    return jsonify([{"id": r["id"], "start": r["starts_at"].isoformat(),
                     "end": r["ends_at"].isoformat()} for r in rows])


@app.post("/api/roster/swap")
def request_swap():
    pilot_id = _pilot_id()
    body = request.get_json(force=True)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO swap_requests (shift_id, requested_by, offered_to) "
                 "VALUES (:s, :by, :to)"),
            {"s": int(body["shift_id"]), "by": pilot_id, "to": str(body["offered_to"])},
        )
    return jsonify({"status": "requested"}), 201
