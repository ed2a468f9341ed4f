"""Flask receiver for fixture changes pushed by the league's fixtures secretary system."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import sqlite3

from flask import Flask, abort, current_app, g, jsonify, request

app = Flask(__name__)
app.config["FIXTURES_DB"] = os.environ.get("FIXTURES_DB", "/srv/cricketclub/fixtures.sqlite3")
app.config["LEAGUE_WEBHOOK_SECRET"] = os.environ["LEAGUE_WEBHOOK_SECRET"]

log = logging.getLogger(__name__)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["FIXTURES_DB"])
    return g.db


def signature_valid(body: bytes, header_value: str) -> bool:
    secret = current_app.config["LEAGUE_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    presented = header_value.removeprefix("sha256=")
    return hmac.compare_digest(expected, presented)


@app.post("/webhooks/league/fixtures")
def fixture_changed():
    body = request.get_data(cache=True)
    if not signature_valid(body, request.headers.get("X-League-Signature", "")):
        abort(401)

    event = request.get_json()
    if event.get("type") not in {"fixture.rescheduled", "fixture.cancelled", "fixture.venue_changed"}:
        return jsonify(status="ignored"), 202

    fixture = event["fixture"]
    db = get_db()
    db.execute(
        "UPDATE fixtures SET match_date = ?, start_time = ?, ground = ?, status = ? "
        "WHERE league_fixture_id = ?",
        (
            fixture["date"],
            fixture.get("start_time", "13:00"),
            fixture.get("ground", ""),
            "cancelled" if event["type"] == "fixture.cancelled" else "scheduled",
            fixture["id"],
        ),
    )
    db.commit()
    log.info("Applied %s for league fixture %s", event["type"], fixture["id"])
    return jsonify(status="applied")
