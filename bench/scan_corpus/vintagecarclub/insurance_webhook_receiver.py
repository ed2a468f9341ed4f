"""Receives policy change notifications from the club's insurance partner.

The partner (an agreed-value classic car insurer) posts a JSON event when
a member's policy is issued, renewed or lapses, so the register can show
which vehicles are currently insured for club events.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os

import psycopg
from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("insurance_webhooks", __name__)

HANDLED_EVENTS = {"policy.issued", "policy.renewed", "policy.lapsed"}


def _webhook_secret() -> bytes:
    return os.environ["INSURANCE_WEBHOOK_SECRET"].encode()


def _conn() -> psycopg.Connection:
    return psycopg.connect(current_app.config["DATABASE_URL"])


@bp.post("/webhooks/insurance")
def insurance_event():
    body = request.get_data(cache=False)
    received = request.headers.get("X-Partner-Signature", "")
    expected = hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()
    if received != expected:
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    if kind not in HANDLED_EVENTS:
        return jsonify(ignored=kind), 202

    data = event["data"]
    status = "lapsed" if kind == "policy.lapsed" else "active"
    with _conn() as conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE vehicles SET insurance_status = %s, policy_ref = %s, policy_expires = %s"
            " WHERE registration = %s",
            (status, data["policy_ref"], data.get("expires_on"), data["registration"].upper()),
        )
        cur.execute(
            "INSERT INTO insurance_events (event_id, kind, registration, received_at)"
            " VALUES (%s, %s, %s, now()) ON CONFLICT (event_id) DO NOTHING",
            (event["id"], kind, data["registration"].upper()),
        )
    current_app.logger.info("Insurance event %s for %s", kind, data["registration"])
    return jsonify(ok=True)
