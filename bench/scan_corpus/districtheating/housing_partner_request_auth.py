"""Verifies signed API requests from housing association systems on the tariff portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import time
from typing import Mapping, Optional

from flask import Flask, abort, g, request


class RequestVerifier:
    header_key_id = "X-Partner-Key-Id"
    header_signature = "X-Partner-Signature"
    header_timestamp = "X-Partner-Timestamp"
    window_s = 300
    _secrets: Mapping[str, bytes] = {}

    @classmethod
    def configure(cls, secrets_by_key_id: Mapping[str, bytes]) -> None:
        cls._secrets = dict(secrets_by_key_id)

    @classmethod
    def canonical(cls, method: str, path: str, timestamp: str, body: bytes) -> bytes:
        digest = hashlib.sha256(body).hexdigest()
        return "\n".join([method.upper(), path, timestamp, digest]).encode()

    @classmethod
    def verify(cls, method: str, path: str, headers: Mapping[str, str], body: bytes) -> Optional[str]:
        key_id = headers.get(cls.header_key_id, "")
        secret = cls._secrets.get(key_id)
        timestamp = headers.get(cls.header_timestamp, "0")
        if secret is None or not timestamp.isdigit() or abs(time.time() - int(timestamp)) > cls.window_s:
            return None
        expected = hmac.new(secret, cls.canonical(method, path, timestamp, body), hashlib.sha256).digest()
        try:
            presented = base64.b64decode(headers.get(cls.header_signature, ""), validate=True)
        except ValueError:
            return None
        return key_id if hmac.compare_digest(expected, presented) else None


app = Flask(__name__)


@app.before_request
def authenticate_partner() -> None:
    if request.path.startswith("/partner/"):
        key_id = RequestVerifier.verify(request.method, request.path, request.headers, request.get_data())
        if key_id is None:
            abort(401)
        g.partner_key_id = key_id


@app.get("/partner/consumption")
def consumption():
    return {"partner": g.partner_key_id, "rows": app.extensions["consumption"].for_partner(g.partner_key_id)}
