"""Receives cedar log delivery events from timber suppliers via signed webhooks."""

import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, request

from shinglemaker.receiving import record_log_delivery

bp = Blueprint("supplier_webhooks", __name__)
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Timber-Signature"


def _sign(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _accepted_signatures(body: bytes) -> tuple[str, ...]:
    cfg = current_app.config["SUPPLIER_WEBHOOK"]
    secrets_in_rotation = [cfg["current_secret"]]
    if cfg.get("previous_secret"):
        secrets_in_rotation.append(cfg["previous_secret"])
    return tuple(_sign(s, body) for s in secrets_in_rotation)


@bp.post("/webhooks/timber/<supplier_code>")
def timber_event(supplier_code: str):
    body = request.get_data()
    provided = request.headers.get(SIGNATURE_HEADER, "").removeprefix("sha256=")
    if provided not in _accepted_signatures(body):
        log.info("rejected webhook from %s", supplier_code)
        abort(401)

    event = json.loads(body)
    if event.get("type") != "load.delivered":
        return "", 202

    record_log_delivery(
        supplier_code=supplier_code,
        ticket=event["data"]["scale_ticket"],
        species=event["data"].get("species", "western_red_cedar"),
        board_feet=event["data"]["board_feet"],
        delivered_at=event["data"]["delivered_at"],
    )
    return "", 204
