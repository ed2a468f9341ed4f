"""Inbound SMS replies (CONFIRM / CANCEL) from patients."""
import hashlib
import hmac
import os
import time
from dataclasses import dataclass

from flask import Flask, abort, request

MAX_SKEW_SECONDS = 300


@dataclass
class ReplyHandlerConfig:
    secret_env: str = "SMS_INBOUND_SECRET"

    @property
    def secret(self) -> bytes:
        return os.environ[self.secret_env].encode()


class InboundReplyHandler:
    KEYWORDS = {"C": "confirm", "CONFIRM": "confirm", "X": "cancel", "CANCEL": "cancel"}

    def __init__(self, appointments, config: ReplyHandlerConfig | None = None):
        self.appointments = appointments
        self.config = config or ReplyHandlerConfig()

    def signature_ok(self, body: bytes, timestamp: str, signature: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return False
        expected = hmac.new(self.config.secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, signature)

    def handle(self, payload: dict) -> str:
        action = self.KEYWORDS.get(payload.get("text", "").strip().upper())
        if action is None:
            return "ignored"
        if payload.get("direction") == "inbound":
            self.appointments.apply_reply(payload["from"], action)
        return action


def register(app: Flask, handler: InboundReplyHandler) -> None:
    @app.post("/hooks/sms/replies")
    def sms_reply():
        ok = handler.signature_ok(
            request.get_data(),
            request.headers.get("X-Gateway-Timestamp", ""),
            request.headers.get("X-Gateway-Signature", ""),
        )
        if not ok:
            abort(401)
        return {"result": handler.handle(request.get_json(force=True))}
