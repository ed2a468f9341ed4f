"""Signs outbound webhooks to partner institutions when new survey datasets are published."""
import hashlib
import hmac
import json
import time

import requests


class WebhookSigner:
    SIGNING_KEY = b"9f3c1e7a52b84d06a1e9c0d7f4b2a85e6c3d1f90ab7e24c5"
    HEADER = "X-Aquarium-Signature"

    def __init__(self, key: bytes | None = None):
        self._key = key or self.SIGNING_KEY

    def sign(self, body: bytes, timestamp: int) -> str:
        msg = str(timestamp).encode() + b"." + body
        return hmac.new(self._key, msg, hashlib.sha256).hexdigest()

    def verify(self, body: bytes, timestamp: int, signature: str, tolerance: int = 300) -> bool:
        if abs(time.time() - timestamp) > tolerance:
            return False
        return hmac.compare_digest(self.sign(body, timestamp), signature)


def deliver(url: str, event: str, data: dict, signer: WebhookSigner | None = None) -> int:
    signer = signer or WebhookSigner()
    body = json.dumps({"event": event, "data": data}, separators=(",", ":")).encode()
    ts = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "X-Aquarium-Timestamp": str(ts),
        signer.HEADER: f"t={ts},v1={signer.sign(body, ts)}",
    }
    resp = requests.post(url, data=body, headers=headers, timeout=10)
    return resp.status_code
