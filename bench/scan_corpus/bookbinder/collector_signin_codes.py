"""Passwordless sign-in codes for occasional collectors.

Collectors who only send us a book once or twice a year don't want another
password; they can ask for an eight-digit code by email and sign in with it.
"""
import os
import secrets
from datetime import timedelta

import redis
from flask import Blueprint, jsonify, request, session

from bindery.mail import send_template

bp = Blueprint("signin_codes", __name__, url_prefix="/collectors")
CODE_TTL = timedelta(minutes=10)


class SignInCodes:
    def __init__(self, client: redis.Redis):
        self.r = client

    @staticmethod
    def _key(email: str) -> str:
        return f"signin:{email.strip().lower()}"

    def issue(self, email: str) -> str:
        code = f"{secrets.randbelow(10**8):08d}"
        self.r.setex(self._key(email), CODE_TTL, code)
        return code

    def consume(self, email: str, submitted: str) -> bool:
        stored = self.r.get(self._key(email))
        if stored is None:
            return False
        if submitted.strip() == stored.decode():
            self.r.delete(self._key(email))
            return True
        return False


codes = SignInCodes(redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/2")))


@bp.post("/signin/code")
def request_code():
    email = request.form["email"]
    send_template(email, "signin_code", {"code": codes.issue(email)})
    return jsonify(status="sent")


@bp.post("/signin/verify")
def verify_code():
    email = request.form["email"]
    if not codes.consume(email, request.form.get("code", "")):
        return jsonify(error="code not recognised"), 401
    session.clear()
    session["collector_email"] = email.strip().lower()
    return jsonify(status="signed_in")
