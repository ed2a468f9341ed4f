"""Shift handover portal for the forming and annealing lines.

Shift leaders sign in with their badge number and PIN, then write the
handover notes (open defects, mould changes, furnace pull) for the next crew.
"""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass

from flask import Flask, abort, jsonify, make_response, request

from glassworks.identity import verify_operator

app = Flask(__name__)

SESSION_COOKIE = "handover_sid"
SESSION_TTL = 12 * 3600
COOKIE_POLICY = {
    "max_age": SESSION_TTL,
    "path": "/",
    "samesite": "Lax",
}


@dataclass
class HandoverSession:
    badge: str
    line: str
    expires_at: float


_sessions: dict[str, HandoverSession] = {}


def _current_session() -> HandoverSession:
    sid = request.cookies.get(SESSION_COOKIE, "")
    session = _sessions.get(sid)
    if session is None or session.expires_at < time.time():
        abort(401)
    return session


@app.post("/login")
def login():
    form = request.get_json(force=True)
    badge, pin, line = form.get("badge", ""), form.get("pin", ""), form.get("line", "")
    if not verify_operator(badge, pin, role="shift_leader"):
        abort(403)
    sid = secrets.token_urlsafe(32)
    _sessions[sid] = HandoverSession(badge=badge, line=line, expires_at=time.time() + SESSION_TTL)
    response = make_response(jsonify(badge=badge, line=line))
    response.set_cookie(SESSION_COOKIE, sid, **COOKIE_POLICY)
    return response


@app.post("/handover")
def write_handover():
    session = _current_session()
    note = request.get_json(force=True)
    return jsonify(
        line=session.line,
        author=session.badge,
        open_defects=note.get("open_defects", []),
        mould_changes=note.get("mould_changes", []),
        furnace_pull_tpd=note.get("furnace_pull_tpd"),
    ), 201
