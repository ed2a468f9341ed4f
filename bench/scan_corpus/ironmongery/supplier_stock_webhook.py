"""Webhook endpoint for stock level pushes from hardware suppliers.

Suppliers POST JSON batches of ``{"sku": ..., "free_stock": ..., "lead_days": ...}``
and sign the raw body with HMAC-SHA256 using the shared secret configured
for their supplier code.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request

log = logging.getLogger(__name__)

bp = Blueprint("supplier_webhooks", __name__, url_prefix="/hooks/suppliers")


def _secret_for(supplier_code: str) -> bytes:
    env_name = f"SUPPLIER_{supplier_code.upper()}_WEBHOOK_SECRET"
    secret = os.environ.get(env_name)
    if not secret:
        abort(404)
    return secret.encode("utf-8")


@bp.route("/<supplier_code>/stock", methods=["POST"])
def stock_update(supplier_code: str):
    body = request.get_data()
    signature = request.headers.get("X-Supplier-Signature", "")
    expected = hmac.new(_secret_for(supplier_code), body, hashlib.sha256).hexdigest()
    if signature != expected:
        log.warning("Bad signature on stock webhook from %s", supplier_code)
        abort(401)

    try:
        lines = json.loads(body)["lines"]
    except (ValueError, KeyError):
        abort(400)

    db = current_app.extensions["stock_db"]
    updated = 0
    for line in lines:
        cur = db.execute(
            "UPDATE supplier_stock SET free_stock = ?, lead_days = ?, updated_at = CURRENT_TIMESTAMP "
            "WHERE supplier_code = ? AND supplier_sku = ?",
            (int(line["free_stock"]), int(line.get("lead_days", 0)), supplier_code, str(line["sku"])),
        )
        updated += cur.rowcount
    db.commit()
    log.info("Stock webhook from %s updated %d of %d lines", supplier_code, updated, len(lines))
    return jsonify({"updated": updated})
