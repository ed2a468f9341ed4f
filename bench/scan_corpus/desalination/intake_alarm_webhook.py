"""Receives alarm callbacks from the seawater intake monitoring vendor
(turbidity, jellyfish screen differential, chlorine dosing faults) and
forwards them to the on-call rota."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass

from flask import Flask, abort, request

from oncall.dispatch import page_operator

app = Flask(__name__)


@dataclass(frozen=True)
class WebhookSettings:
    shared_secret: bytes
    signature_header: str = "X-Intake-Signature"
    timestamp_header: str = "X-Intake-Timestamp"

    @classmethod
    def load(cls) -> "WebhookSettings":
        return cls(shared_secret=os.environ["INTAKE_WEBHOOK_SECRET"].encode())


class CallbackVerifier:
    def __init__(self, settings: WebhookSettings) -> None:
        self.settings = settings

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self.settings.shared_secret, message, hashlib.sha256).hexdigest()

    def accept(self, headers, body: bytes) -> bool:
        ts = headers.get(self.settings.timestamp_header, "")
        presented = headers.get(self.settings.signature_header, "").removeprefix("sha256=")
        if not ts or not presented:
            return False
        return presented.lower() == self.expected(ts, body)


verifier = CallbackVerifier(WebhookSettings.load())


@app.post("/hooks/intake-alarms")
def intake_alarm():
    raw = request.get_data()
    if not verifier.accept(request.headers, raw):
        abort(401)
    event = json.loads(raw)
    severity = event.get("severity", "minor")
    if severity in ("major", "critical"):
        page_operator(
            area="intake",
            title=event.get("alarm_text", "intake alarm"),
            tag=event.get("tag"),
            severity=severity,
        )
    return {"received": event.get("event_id")}, 202
