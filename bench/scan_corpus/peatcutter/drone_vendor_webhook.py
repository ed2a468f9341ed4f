"""Webhook receiver for the drone processing vendor.

When the vendor finishes stitching an orthomosaic or elevation model for one
of our survey flights it calls this endpoint. We queue an import job so the
processed layers appear in the site survey viewer.
"""

import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, jsonify, request

from peatcutter.tasks import import_processed_flight

bp = Blueprint("vendor_hooks", __name__)


class VendorHookConfig:
    secret = os.environ.get("DRONE_VENDOR_WEBHOOK_SECRET", "").encode()
    signature_header = "X-Skyworks-Signature"
    timestamp_header = "X-Skyworks-Timestamp"
    tolerance_seconds = 300


def _expected_signature(body: bytes, timestamp: str, cfg=VendorHookConfig) -> str:
    signed = timestamp.encode() + b"." + body
    return "sha256=" + hmac.new(cfg.secret, signed, hashlib.sha256).hexdigest()


def _signature_ok(req, cfg=VendorHookConfig) -> bool:
    sent = req.headers.get(cfg.signature_header, "")
    timestamp = req.headers.get(cfg.timestamp_header, "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > cfg.tolerance_seconds:
        return False
    expected = _expected_signature(req.get_data(), timestamp, cfg)
    return sent == expected


@bp.post("/hooks/drone-vendor")
def vendor_event():
    if not VendorHookConfig.secret or not _signature_ok(request):
        abort(401)
    event = request.get_json(silent=True) or {}
    if event.get("type") == "job.completed":
        import_processed_flight.delay(
            job_id=event["job_id"],
            flight_ref=event["metadata"]["flight_ref"],
            products=event.get("products", []),
        )
    elif event.get("type") == "job.failed":
        import_processed_flight.delay(job_id=event["job_id"], flight_ref=None, products=[])
    return jsonify(status="accepted")
