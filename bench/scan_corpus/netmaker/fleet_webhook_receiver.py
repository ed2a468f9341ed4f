"""Webhook endpoint for trawler fleet management systems.

Fleet operators push gear damage reports from their vessel management
software; each report becomes a draft repair order. Payloads are signed with
a per-fleet shared secret (HMAC-SHA256, hex, ``X-Fleet-Signature``).
"""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, jsonify, request

from netmaker.fleets import fleet_by_code
from netmaker.repairs import create_draft_order

log = logging.getLogger(__name__)

bp = Blueprint("fleet_webhooks", __name__, url_prefix="/hooks/fleet")


def _expected_signature(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _signature_valid(fleet, body: bytes, provided: str) -> bool:
    expected = _expected_signature(fleet.webhook_secret.encode("utf-8"), body)
    return provided.lower() == expected


@bp.post("/<fleet_code>/damage-report")
def damage_report(fleet_code: str):
    fleet = fleet_by_code(fleet_code)
    if fleet is None:
        abort(404)
    body = request.get_data(cache=True)
    signature = request.headers.get("X-Fleet-Signature", "")
    if not _signature_valid(fleet, body, signature):
        log.info("rejected damage report for fleet %s: bad signature", fleet_code)
        abort(401)
    report = json.loads(body)
    order = create_draft_order(
        fleet_id=fleet.id,
        vessel_reg=report["vessel"]["registration"],
        gear_type=report["gear"]["type"],
        damage=report.get("damage", []),
        reported_at=report.get("reported_at"),
    )
    return jsonify(order_id=order.id, status=order.status), 201
