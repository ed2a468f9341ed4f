"""Receives load-despatched notifications from the quarry's weighbridge.

When a wagon leaves the quarry the weighbridge system POSTs the ticket
(gross, tare, net tonnes, stone grade) so the site foreman knows roughly
when it will arrive.
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
app.config["QUARRY_WEBHOOK_SECRET"] = os.environ["QUARRY_WEBHOOK_SECRET"]
app.config["DELIVERIES_DB"] = os.environ.get("DELIVERIES_DB", "/var/lib/walling/deliveries.db")


def _db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DELIVERIES_DB"])
    return g.db


@app.teardown_appcontext
def _close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _signature(body: bytes) -> str:
    key = app.config["QUARRY_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(key, body, hashlib.sha256).hexdigest()


@app.post("/hooks/weighbridge")
def load_despatched():
    supplied = request.headers.get("X-Weighbridge-Signature", "").removeprefix("sha256=")
    if not hmac.compare_digest(supplied, _signature(request.get_data())):
        abort(401)

    ticket = request.get_json(silent=True) or {}
    try:
        ticket_no = str(ticket["ticket_no"])
        order_ref = str(ticket["order_ref"])
        net_tonnes = float(ticket["net_tonnes"])
    except (KeyError, TypeError, ValueError):
        abort(422)

    db = _db()
    with db:
        db.execute(
            "INSERT OR IGNORE INTO despatch (ticket_no, order_ref, net_tonnes, grade, left_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (ticket_no, order_ref, net_tonnes, ticket.get("grade"), ticket.get("left_at")),
        )
    log.info("load %s for order %s despatched (%.2f t)", ticket_no, order_ref, net_tonnes)
    return jsonify(status="ok")
