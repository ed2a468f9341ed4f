"""Password reset for customer portal accounts that still use passwords."""
from __future__ import annotations

import json
import secrets
from dataclasses import asdict, dataclass

import redis
from argon2 import PasswordHasher
from flask import Blueprint, current_app, jsonify, request

from .accounts import find_account_by_email, set_password_hash
from .mailer import send_reset_code

bp = Blueprint("portal_reset", __name__, url_prefix="/portal/reset")
_hasher = PasswordHasher()

RESET_TTL_SECONDS = 900


@dataclass
class ResetTicket:
    account_id: int
    code: str
    attempts: int = 0

    @classmethod
    def issue(cls, account_id: int) -> "ResetTicket":
        return cls(account_id=account_id, code=f"{secrets.randbelow(10**8):08d}")

    def matches(self, submitted: str) -> bool:
        return self.code == submitted.strip()


def _store() -> redis.Redis:
    return redis.Redis.from_url(current_app.config["REDIS_URL"])


def _key(email: str) -> str:
    return f"portal-reset:{email.lower()}"


@bp.post("/request")
def request_reset():
    email = request.json.get("email", "")
    account = find_account_by_email(email)
    if account is not None:
        ticket = ResetTicket.issue(account.id)
        _store().setex(_key(email), RESET_TTL_SECONDS, json.dumps(asdict(ticket)))
        send_reset_code(account.email, ticket.code)
    return jsonify(status="if the address exists, a code was sent"), 202


@bp.post("/confirm")
def confirm_reset():
    payload = request.get_json(force=True)
    email = payload.get("email", "")
    new_password = payload.get("password", "")
    if len(new_password) < 10:
        return jsonify(error="password too short"), 400

    store = _store()
    raw = store.get(_key(email))
    if raw is None:
        return jsonify(error="code expired"), 400
    ticket = ResetTicket(**json.loads(raw))
    if ticket.attempts >= 5:
        store.delete(_key(email))
        return jsonify(error="too many attempts"), 429
    if not ticket.matches(payload.get("code", "")):
        ticket.attempts += 1
        store.setex(_key(email), RESET_TTL_SECONDS, json.dumps(asdict(ticket)))
        return jsonify(error="wrong code"), 400

    set_password_hash(ticket.account_id, _hasher.hash(new_password))
    store.delete(_key(email))
    return jsonify(status="password changed"), 200
