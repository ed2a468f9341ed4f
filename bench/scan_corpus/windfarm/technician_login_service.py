"""Login endpoint for field technicians using the maintenance tablet app."""

from __future__ import annotations

import logging
import os
from datetime import timedelta

from flask import Flask, jsonify, request, session
from werkzeug.security import check_password_hash

audit = logging.getLogger("auth.audit")

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PORTAL_SESSION_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
    PERMANENT_SESSION_LIFETIME=timedelta(hours=10),
)


class TechnicianDirectory:
    """Looks technicians up in the workforce database."""

    def __init__(self, db) -> None:
        self._db = db

    def password_hash_for(self, badge_id: str) -> str | None:
        row = self._db.execute(
            "SELECT password_hash FROM technicians WHERE badge_id = ? AND active = 1",
            (badge_id,),
        ).fetchone()
        return row[0] if row else None


directory: TechnicianDirectory | None = None


def _describe_attempt() -> dict:
    return {"remote": request.remote_addr, "agent": request.user_agent.string,
            **request.form.to_dict()}


@app.post("/api/login")
def login():
    badge_id = request.form.get("badge_id", "")
    password = request.form.get("password", "")
    stored = directory.password_hash_for(badge_id) if directory else None
    if stored is None or not check_password_hash(stored, password):
        audit.warning("rejected technician login %s", _describe_attempt())
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["badge_id"] = badge_id
    session.permanent = True
    audit.info("technician %s signed in from %s", badge_id, request.remote_addr)
    return jsonify(ok=True)
