"""Receive delivery receipts from partner newspapers.

After a partner's production system has placed a puzzle on a page it calls
back with the page number and print run, which feeds setters' royalties.
Each partner signs the body with its shared webhook secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("delivery_webhooks", __name__, url_prefix="/hooks")


def _partner_secret(slug: str) -> bytes | None:
    secrets_by_partner = current_app.config["PARTNER_WEBHOOK_SECRETS"]
    value = secrets_by_partner.get(slug)
    return value.encode("utf-8") if value else None


@bp.post("/<slug>/receipt")
def delivery_receipt(slug: str):
    secret = _partner_secret(slug)
    if secret is None:
        abort(404)
    body = request.get_data(cache=False)
    received = request.headers.get("X-XW-Signature", "")
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    if received != expected:
        abort(401)

    event = json.loads(body)
    if event.get("type") != "placement":
        return jsonify(status="ignored"), 202

    store = current_app.extensions["royalty_store"]
    store.record_placement(
        partner=slug,
        puzzle_id=int(event["puzzle_id"]),
        edition=event["edition"],
        page=int(event.get("page", 0)),
        print_run=int(event.get("print_run", 0)),
    )
    return jsonify(status="recorded"), 201
