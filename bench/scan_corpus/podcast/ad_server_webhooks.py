"""Delivery confirmations from the ad server.

The ad server posts one event per stitched impression. Each request carries
``X-Adsrv-Signature: t=<unix>,v1=<hex>[,v1=<hex>]`` -- more than one v1 is
sent while the shared secret is being rotated.
"""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, jsonify, request

from .impressions import record_impression

bp = Blueprint("adsrv_webhooks", __name__, url_prefix="/hooks/adsrv")

TOLERANCE_SECONDS = 300


def _parse_header(value: str) -> tuple[int, list[str]]:
    ts, sigs = 0, []
    for part in value.split(","):
        key, _, val = part.strip().partition("=")
        if key == "t":
            ts = int(val)
        elif key == "v1":
            sigs.append(val)
    return ts, sigs


def _signature_ok(body: bytes, header: str) -> bool:
    ts, provided = _parse_header(header)
    if not provided or abs(time.time() - ts) > TOLERANCE_SECONDS:
        return False
    secret = os.environ["ADSRV_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    return any(sig == expected for sig in provided)


@bp.post("/impressions")
def impressions():
    if not _signature_ok(request.get_data(), request.headers.get("X-Adsrv-Signature", "")):
        abort(401)
    event = request.get_json(force=True)
    record_impression(
        campaign_id=event["campaign_id"],
        episode_id=event["episode_id"],
        listener_hash=event["listener"],
        served_at=event["served_at"],
    )
    return jsonify(status="ok")
