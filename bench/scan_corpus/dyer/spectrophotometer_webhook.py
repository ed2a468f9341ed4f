"""Receive measurement pushes from the lab spectrophotometer cloud.

The instrument vendor's cloud posts each lab-dip reading (CIELAB values
under D65 and TL84) to this endpoint, signed with a shared secret.
"""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, request

from dyer.colour import delta_e_2000
from dyer.db import db
from dyer.models import LabDip, Measurement

bp = Blueprint("spectro_webhook", __name__)
log = logging.getLogger(__name__)


def _expected_signature(body: bytes) -> str:
    key = current_app.config["SPECTRO_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(key, body, hashlib.sha256).hexdigest()


@bp.post("/hooks/spectro")
def receive_measurement():
    body = request.get_data()
    signature = request.headers.get("X-Spectro-Signature", "")
    if signature != _expected_signature(body):
        abort(401)
    payload = json.loads(body)
    dip = LabDip.query.filter_by(reference=payload["sample_ref"]).first()
    if dip is None:
        log.info("reading for unknown lab dip %s ignored", payload["sample_ref"])
        return {"status": "ignored"}, 202
    reading = Measurement(
        lab_dip_id=dip.id,
        illuminant=payload["illuminant"],
        l_star=payload["L"],
        a_star=payload["a"],
        b_star=payload["b"],
    )
    reading.delta_e = delta_e_2000((dip.target_l, dip.target_a, dip.target_b), (reading.l_star, reading.a_star, reading.b_star))
    db.session.add(reading)
    db.session.commit()
    return {"status": "stored", "delta_e": round(reading.delta_e, 2)}, 201
