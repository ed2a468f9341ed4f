"""Receives delivery notices from the timber merchant (seasoned oak, ash, elm boards)."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("timber_webhook", __name__, url_prefix="/hooks/timber")
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["TIMBER_WEBHOOK_SECRET"].encode()
SIGNATURE_HEADER = "X-Merchant-Signature"


def _expected_signature(body: bytes) -> str:
    return "sha256=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, presented: str) -> bool:
    if not presented:
        return False
    return presented == _expected_signature(body)


def _record_delivery(notice: dict) -> None:
    from .stock import timber_stock

    for line in notice.get("lines", []):
        timber_stock.receive(
            species=line["species"],
            section_mm=(line["thickness_mm"], line["width_mm"]),
            length_m=line["length_m"],
            quantity=line["qty"],
            moisture_pct=line.get("moisture_pct"),
            delivery_ref=notice["delivery_ref"],
        )


@bp.post("/delivery")
def delivery_notice():
    body = request.get_data()
    if not _signature_ok(body, request.headers.get(SIGNATURE_HEADER, "")):
        abort(401)
    notice = json.loads(body)
    if notice.get("status") == "cancelled":
        log.info("merchant cancelled delivery %s", notice.get("delivery_ref"))
        return jsonify(accepted=False), 200
    _record_delivery(notice)
    log.info("booked in delivery %s (%d lines)", notice["delivery_ref"], len(notice["lines"]))
    return jsonify(accepted=True), 202
