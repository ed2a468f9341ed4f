"""Receives stock-change webhooks pushed by dealer shop systems.

Each dealer signs the raw request body with its webhook secret using
HMAC-SHA256 and sends the hex digest in ``X-Scythe-Signature``.
"""
import hashlib
import hmac
import json

from flask import Blueprint, abort, request

from scythesmith.db import db
from scythesmith.inventory import record_dealer_stock_change
from scythesmith.models import Dealer

bp = Blueprint("dealer_webhooks", __name__, url_prefix="/hooks/dealers")

SIGNATURE_HEADER = "X-Scythe-Signature"


def _expected_signature(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def _load_dealer(dealer_code: str) -> Dealer:
    dealer = Dealer.query.filter_by(code=dealer_code, active=True).first()
    if dealer is None or not dealer.webhook_secret:
        abort(404)
    return dealer


@bp.post("/<dealer_code>/stock")
def stock_changed(dealer_code: str):
    dealer = _load_dealer(dealer_code)
    body = request.get_data(cache=False)
    provided = request.headers.get(SIGNATURE_HEADER, "").lower()
    expected = _expected_signature(dealer.webhook_secret, body)
    if not provided or provided != expected:
        abort(401)
    payload = json.loads(body)
    for change in payload.get("changes", []):
        record_dealer_stock_change(
            dealer_id=dealer.id,
            sku=change["sku"],
            quantity=int(change["quantity"]),
            reason=change.get("reason", "sale"),
        )
    db.session.commit()
    return "", 204
