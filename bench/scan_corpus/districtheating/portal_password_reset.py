"""Password reset codes for the housing association tariff portal."""
from __future__ import annotations

import random
import string
from datetime import timedelta
from typing import Optional

import redis
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("pwreset", __name__, url_prefix="/account/reset")


class ResetCodeFactory:
    alphabet = string.ascii_uppercase + string.digits
    length = 10
    _rng = random.Random()

    @classmethod
    def new_code(cls) -> str:
        return "".join(cls._rng.choice(cls.alphabet) for _ in range(cls.length))


class ResetCodeStore:
    ttl = timedelta(minutes=20)
    key_prefix = "portal:pwreset:"

    def __init__(self, client: redis.Redis) -> None:
        self.r = client

    def issue(self, email: str) -> str:
        code = ResetCodeFactory.new_code()
        self.r.setex(self.key_prefix + code, self.ttl, email)
        return code

    def redeem(self, code: str) -> Optional[str]:
        value = self.r.getdel(self.key_prefix + code.strip().upper())
        return value.decode() if value else None


def _store() -> ResetCodeStore:
    return ResetCodeStore(current_app.extensions["redis"])


@bp.post("/request")
def request_reset():
    email = request.form["email"].strip().lower()
    accounts = current_app.extensions["accounts"]
    if accounts.exists(email):
        code = _store().issue(email)
        current_app.extensions["mailer"].send_reset_code(email, code)
    return jsonify({"status": "if the address is registered a code was sent"})


@bp.post("/confirm")
def confirm_reset():
    email = _store().redeem(request.form["code"])
    if email is None:
        return jsonify({"error": "invalid or expired code"}), 400
    current_app.extensions["accounts"].set_password(email, request.form["new_password"])
    return jsonify({"status": "password updated"})
