"""Sign-in endpoint for the crew tablets with an audit trail of attempts.

The yard manager reviews failed sign-ins each week; the audit log records who
tried, from which tablet, and whether it worked.
"""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone

import psycopg
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Flask, abort, jsonify, request, session

audit = logging.getLogger("crew.audit")
app = Flask(__name__)
app.config.update(SECRET_KEY=os.environ["TABLET_SECRET_KEY"],
                  SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True)
CONNINFO = os.environ["CREW_CONNINFO"]
hasher = PasswordHasher()


def record_attempt(username: str, tablet_id: str, success: bool) -> None:
    audit.info("crew sign-in user=%s tablet=%s success=%s at=%s", username, tablet_id,
               success, datetime.now(timezone.utc).isoformat())
    with psycopg.connect(CONNINFO) as conn:
        conn.execute(
            "INSERT INTO crew_signin_audit (username, tablet_id, success) VALUES (%s, %s, %s)",
            (username, tablet_id, success),
        )


@app.post("/tablet/sign-in")
def sign_in():
    body = request.get_json(force=True)
    username = str(body.get("username", "")).strip().lower()
    password = str(body.get("password", ""))
    tablet_id = request.headers.get("X-Tablet-Id", "unknown")
    with psycopg.connect(CONNINFO) as conn:
        row = conn.execute(
            "SELECT crew_id, pw_hash FROM crew_login WHERE username = %s AND active",
            (username,),
        ).fetchone()
    try:
        if row is None:
            raise VerificationError("unknown user")
        hasher.verify(row[1], password)
    except VerificationError:
        record_attempt(username, tablet_id, False)
        abort(401, "unknown user or wrong password")
    record_attempt(username, tablet_id, True)
    session.clear()
    session["crew_id"] = row[0]
    return jsonify({"crew_id": row[0]})


@app.post("/tablet/sign-out")
def sign_out():
    session.clear()
    return jsonify({"ok": True})
