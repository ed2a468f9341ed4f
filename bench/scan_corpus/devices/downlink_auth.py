"""Authenticates downlink commands addressed to this gateway.

Envelope: {"body": {...}, "mac": "<hex hmac-sha256 of canonical body>"}.
The body carries a monotonically increasing counter to stop replays.
"""
import hashlib
import hmac
import json
import os
import time

MAX_SKEW_S = 30


class DownlinkAuthenticator:
    def __init__(self, gateway_id: str, key: bytes):
        self.gateway_id = gateway_id
        self._key = key
        self._last_counter = -1

    @classmethod
    def from_env(cls, gateway_id: str) -> "DownlinkAuthenticator":
        return cls(gateway_id, bytes.fromhex(os.environ["DOWNLINK_HMAC_KEY"]))

    def _mac(self, body: dict) -> str:
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        return hmac.new(self._key, canonical, hashlib.sha256).hexdigest()

    def verify(self, raw: bytes) -> dict | None:
        try:
            envelope = json.loads(raw)
            body, mac = envelope["body"], str(envelope["mac"])
        except (ValueError, KeyError, TypeError):
            return None
        if body.get("target") != self.gateway_id:
            return None
        if not hmac.compare_digest(self._mac(body).encode(), mac.encode()):
            return None
        if int(body.get("counter", -1)) <= self._last_counter:
            return None
        if abs(time.time() - float(body.get("ts", 0))) > MAX_SKEW_S:
            return None
        self._last_counter = int(body["counter"])
        return body
