"""Receives order status webhooks from partner distillery ERP systems.

Distilleries push updates when a filling run is scheduled so the cooperage
can bring forward delivery of the matching cask order. Each partner signs
the body with its shared webhook secret.
"""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, jsonify, request

from cooperage.orders import reschedule_delivery
from cooperage.partners import lookup_partner

bp = Blueprint("distillery_webhooks", __name__, url_prefix="/hooks/distillery")

SIGNATURE_HEADER = "X-Partner-Signature"
PARTNER_HEADER = "X-Partner-Id"


def _webhook_secret(partner_id: str) -> bytes:
    partner = lookup_partner(partner_id)
    if partner is None:
        abort(404)
    return os.environ[partner.secret_env_var].encode("utf-8")


def _expected_signature(secret: bytes, body: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def _signature_ok(partner_id: str, body: bytes, provided: str) -> bool:
    expected = _expected_signature(_webhook_secret(partner_id), body)
    return provided == expected


@bp.post("/filling-run")
def filling_run_scheduled():
    body = request.get_data()
    partner_id = request.headers.get(PARTNER_HEADER, "")
    provided = request.headers.get(SIGNATURE_HEADER, "")
    if not partner_id or not _signature_ok(partner_id, body, provided):
        abort(401)

    event = json.loads(body)
    updated = reschedule_delivery(
        partner_id=partner_id,
        order_ref=event["order_ref"],
        fill_date=event["fill_date"],
    )
    return jsonify({"updated": updated}), 202
