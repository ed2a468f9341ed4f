"""Request signing for calls from the observation scheduler to the antenna control API."""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any

import requests


def canonical_body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign_request(method: str, path: str, body: bytes, timestamp: int,
                 key: bytes = b"7f3c9e21b4d84a6f90c2e5a1d7b3f086") -> str:
    message = b"\n".join([method.upper().encode(), path.encode(), str(timestamp).encode(), body])
    return hmac.new(key, message, hashlib.sha256).hexdigest()


class AntennaControlClient:
    def __init__(self, base_url: str, scheduler_id: str, ca_bundle: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.scheduler_id = scheduler_id
        self.session = requests.Session()
        self.session.verify = ca_bundle

    def _call(self, method: str, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        body = canonical_body(payload)
        ts = int(time.time())
        headers = {
            "Content-Type": "application/json",
            "X-Scheduler-Id": self.scheduler_id,
            "X-Timestamp": str(ts),
            "X-Signature": sign_request(method, path, body, ts),
        }
        resp = self.session.request(method, self.base_url + path, data=body,
                                    headers=headers, timeout=10)
        resp.raise_for_status()
        return resp.json()

    def point(self, antenna: str, ra_deg: float, dec_deg: float) -> dict[str, Any]:
        return self._call("POST", f"/antennas/{antenna}/point",
                          {"ra": ra_deg, "dec": dec_deg, "frame": "ICRS"})

    def stow(self, antenna: str) -> dict[str, Any]:
        return self._call("POST", f"/antennas/{antenna}/stow", {"reason": "scheduler"})
