"""Inbound webhook for client replies to aftercare messages.

Our messaging provider signs each callback: base64(HMAC-SHA256(secret,
timestamp + "." + body)), sent in X-Msg-Signature with X-Msg-Timestamp.
"""
import base64
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, request

from .aftercare import handle_client_reply

bp = Blueprint("aftercare_replies", __name__)

MAX_SKEW_SECONDS = 300


class ReplySignature:
    def __init__(self, secret: bytes):
        self._secret = secret

    def expected(self, timestamp: str, body: bytes) -> bytes:
        mac = hmac.new(self._secret, timestamp.encode() + b"." + body, hashlib.sha256)
        return base64.b64encode(mac.digest())

    def is_valid(self, timestamp: str | None, body: bytes, provided: str | None) -> bool:
        if not timestamp or not provided:
            return False
        try:
            if abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
                return False
        except ValueError:
            return False
        return hmac.compare_digest(self.expected(timestamp, body), provided.encode())


signer = ReplySignature(os.environ["MSG_WEBHOOK_SECRET"].encode())


@bp.post("/webhooks/aftercare/replies")
def aftercare_reply():
    body = request.get_data()
    if not signer.is_valid(request.headers.get("X-Msg-Timestamp"), body,
                           request.headers.get("X-Msg-Signature")):
        abort(401)
    data = request.get_json(force=True)
    handle_client_reply(data["from"], data["text"], data.get("thread_id"))
    return {"ok": True}
