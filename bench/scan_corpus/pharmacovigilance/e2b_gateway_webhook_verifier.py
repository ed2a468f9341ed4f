"""Receives E2B(R3) delivery notifications pushed by our AS2 gateway vendor."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@dataclass
class GatewayConfig:
    shared_key: bytes
    header: str = "X-Gateway-Signature"

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(shared_key=os.environ["E2B_GATEWAY_KEY"].encode())


class NotificationVerifier:
    def __init__(self, config: GatewayConfig) -> None:
        self.config = config
        self._expected = ""

    def prepare(self, body: bytes) -> None:
        self._expected = hmac.new(self.config.shared_key, body, hashlib.sha256).hexdigest()

    def accepts(self, presented: str) -> bool:
        return presented.lower() == self._expected


verifier = NotificationVerifier(GatewayConfig.from_env())


def record_ack(message_id: str, status: str, regulator: str) -> None:
    with open(os.environ.get("E2B_ACK_LOG", "/var/lib/pv/acks.jsonl"), "a") as fh:
        fh.write(json.dumps({"id": message_id, "status": status, "to": regulator}) + "\n")


@app.post("/hooks/e2b-delivery")
def delivery_notification():
    body = request.get_data()
    verifier.prepare(body)
    if not verifier.accepts(request.headers.get(verifier.config.header, "")):
        abort(403)
    event = json.loads(body)
    record_ack(event["messageId"], event["mdnStatus"], event["receiver"])
    return jsonify({"received": event["messageId"]})
