"""Receives NOTAM state changes pushed by the regional AIS database."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("notam_webhook", __name__, url_prefix="/hooks/notam")
log = logging.getLogger(__name__)


class SignatureCalculator:
    """Computes the HMAC the AIS database attaches to every push."""

    def __init__(self, secret: bytes, algorithm: str = "sha256") -> None:
        self._secret = secret
        self._algorithm = algorithm

    @classmethod
    def from_env(cls) -> "SignatureCalculator":
        return cls(os.environ["AIS_WEBHOOK_SECRET"].encode("utf-8"))

    def expected(self, body: bytes) -> str:
        mac = hmac.new(self._secret, body, getattr(hashlib, self._algorithm))
        return f"{self._algorithm}={mac.hexdigest()}"


_calculator: SignatureCalculator | None = None


def calculator() -> SignatureCalculator:
    global _calculator
    if _calculator is None:
        _calculator = SignatureCalculator.from_env()
    return _calculator


@bp.post("/")
def receive():
    body = request.get_data(cache=True)
    presented = request.headers.get("X-AIS-Signature", "")
    if presented != calculator().expected(body):
        abort(401)
    event = json.loads(body)
    series = event.get("series", "?")
    number = event.get("number", "?")
    log.info("NOTAM %s%s changed state to %s", series, number, event.get("state"))
    return jsonify({"accepted": True}), 202
