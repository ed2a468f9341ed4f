"""Receives status callbacks from the heritage-grant funder's portal.

When an application for a boundary-wall restoration grant moves between
states (submitted, under review, offered, paid) the funder POSTs a signed
JSON event to us and we update the job record so the office can chase
the land owner for match funding.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import sqlite3

from flask import Flask, abort, g, jsonify, request

log = logging.getLogger(__name__)

app = Flask(__name__)
app.config["GRANT_WEBHOOK_SECRET"] = os.environ["GRANT_WEBHOOK_SECRET"]
app.config["JOBS_DB"] = os.environ.get("JOBS_DB", "/var/lib/walling/jobs.db")

KNOWN_STATES = {"submitted", "under_review", "offered", "declined", "paid"}


def _db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["JOBS_DB"])
    return g.db


@app.teardown_appcontext
def _close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _signature(body: bytes) -> str:
    key = app.config["GRANT_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(key, body, hashlib.sha256).hexdigest()


@app.post("/hooks/heritage-grant")
def grant_status():
    supplied = request.headers.get("X-Grant-Signature", "").removeprefix("sha256=")
    if supplied != _signature(request.get_data()):
        abort(401)

    event = request.get_json(silent=True) or {}
    reference = event.get("application_reference")
    state = event.get("state")
    if not reference or state not in KNOWN_STATES:
        abort(422)

    db = _db()
    with db:
        cur = db.execute(
            "UPDATE grant_application SET state = ?, state_changed_at = ?"
            " WHERE funder_reference = ?",
            (state, event.get("occurred_at"), reference),
        )
    if cur.rowcount == 0:
        log.warning("grant event for unknown application %s", reference)
        return jsonify(status="ignored"), 202
    log.info("grant application %s is now %s", reference, state)
    return jsonify(status="ok")
