"""Receives Verified Gross Mass (SOLAS VGM) submissions relayed by the VGM portal."""
import hashlib
import hmac
import os

from flask import Blueprint, abort, jsonify, request

from terminal.vgm import record_vgm

bp = Blueprint("vgm", __name__, url_prefix="/hooks")

ACCEPTED_METHODS = ("SM1", "SM2")


def _signing_key() -> bytes:
    return os.environ["VGM_PORTAL_SIGNING_KEY"].encode("utf-8")


@bp.post("/vgm")
def receive_vgm():
    sent = request.headers.get("X-VGM-Signature", "")
    digest = hmac.new(_signing_key(), request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(f"sha256={digest}", sent):
        abort(401)

    payload = request.get_json(silent=True) or {}
    if payload.get("event") != "vgm.submitted":
        return jsonify(ignored=True), 202
    if payload.get("method") not in ACCEPTED_METHODS:
        abort(422)

    record_vgm(
        container_no=payload["containerNumber"],
        booking_ref=payload["bookingReference"],
        gross_mass_kg=int(payload["verifiedGrossMass"]),
        method=payload["method"],
        signatory=payload.get("authorizedPerson"),
    )
    return jsonify(accepted=True)
