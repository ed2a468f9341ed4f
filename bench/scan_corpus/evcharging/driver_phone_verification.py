"""Phone number verification for driver app sign-up (SMS one-time code)."""
from __future__ import annotations

import hashlib
import hmac
import os
import random
from datetime import timedelta

import redis
from flask import Blueprint, abort, jsonify, request

from driver_api.sms import SmsGateway

bp = Blueprint("phone_verification", __name__, url_prefix="/v1/phone")

CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5

_store = redis.Redis.from_url(os.environ["VG_REDIS_URL"])
_sms = SmsGateway.from_env()


def _digits(length: int) -> str:
    upper = 10 ** length
    return str(random.randrange(upper)).zfill(length)


def _key(phone: str) -> str:
    return "phone-otp:" + hashlib.sha256(phone.encode()).hexdigest()


@bp.post("/start")
def start_verification():
    phone = request.get_json(force=True)["phone"]
    code = _digits(6)
    _store.hset(_key(phone), mapping={"code": code, "attempts": 0})
    _store.expire(_key(phone), CODE_TTL)
    _sms.send(phone, f"Your VoltGrid code is {code}. It expires in 10 minutes.")
    return jsonify({"status": "sent"}), 202


@bp.post("/confirm")
def confirm_verification():
    body = request.get_json(force=True)
    key = _key(body["phone"])
    record = _store.hgetall(key)
    if not record:
        abort(404)
    if int(record[b"attempts"]) >= MAX_ATTEMPTS:
        _store.delete(key)
        abort(429)
    _store.hincrby(key, "attempts", 1)
    if not hmac.compare_digest(record[b"code"].decode(), str(body["code"])):
        abort(400)
    _store.delete(key)
    return jsonify({"status": "verified"})
