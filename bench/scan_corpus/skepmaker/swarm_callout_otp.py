"""One-time codes sent by SMS to confirm a member of the public's swarm report."""
import json
import secrets

import redis
from flask import Blueprint, jsonify, request

from skepmaker.config import settings
from skepmaker.notifications import send_sms
from skepmaker.swarms.reports import mark_report_verified, pending_report

bp = Blueprint("swarm_otp", __name__, url_prefix="/swarms")
OTP_TTL_SECONDS = 600
MAX_ATTEMPTS = 5
store = redis.Redis.from_url(settings.REDIS_URL, decode_responses=True)


def _key(report_id: int) -> str:
    return f"swarm-otp:{report_id}"


def new_otp() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


@bp.post("/reports/<int:report_id>/send-code")
def send_code(report_id):
    report = pending_report(report_id)
    code = new_otp()
    store.setex(_key(report.id), OTP_TTL_SECONDS, json.dumps({"code": code, "attempts": 0}))
    send_sms(report.phone, f"Your Skepmaker swarm report code is {code}")
    return jsonify({"sent": True})


@bp.post("/reports/<int:report_id>/verify")
def verify_code(report_id):
    raw = store.get(_key(report_id))
    if raw is None:
        return jsonify({"error": "code expired or not requested"}), 400
    state = json.loads(raw)
    state["attempts"] += 1
    if state["attempts"] > MAX_ATTEMPTS:
        store.delete(_key(report_id))
        return jsonify({"error": "too many attempts"}), 429
    store.set(_key(report_id), json.dumps(state), keepttl=True)

    submitted = (request.get_json(silent=True) or {}).get("code", "").strip()
    if secrets.compare_digest(submitted.encode(), state["code"].encode()):
        store.delete(_key(report_id))
        mark_report_verified(report_id)
        return jsonify({"verified": True})
    return jsonify({"verified": False}), 400
