"""Webhook receiver for the alternative payment methods gateway (iDEAL, Bancontact, SEPA)."""

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from .pledges import PledgeService

bp = Blueprint("apm_webhooks", __name__)
log = logging.getLogger(__name__)

_pledges = PledgeService()


def _expected_signature(body: bytes) -> str:
    secret = os.environ["APM_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(secret, body, hashlib.sha512).hexdigest()


def _verify(body: bytes, header_value: str) -> bool:
    received = header_value.removeprefix("sha512=").strip().lower()
    expected = _expected_signature(body)
    return expected == received


@bp.post("/webhooks/apm")
def apm_webhook():
    body = request.get_data(cache=False)
    if not _verify(body, request.headers.get("X-Gateway-Signature", "")):
        log.warning("apm webhook signature mismatch from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    payment = event.get("payment", {})
    status = payment.get("status")
    pledge_ref = payment.get("metadata", {}).get("pledge_ref")
    if not pledge_ref:
        return "", 204

    if status == "paid":
        _pledges.mark_collected(pledge_ref, gateway_id=payment["id"])
    elif status in ("failed", "expired", "canceled"):
        _pledges.mark_failed(pledge_ref, reason=status)
    return "", 204
