"""Client for the criminal record disclosure partner used for adult volunteers."""

from __future__ import annotations

import hashlib
import hmac
import json
import time

import requests


class DisclosureClient:
    """Submits DBS/PVG applications and retrieves their status.

    Every request is signed with an HMAC over the timestamp and body, as
    required by the partner's API spec (section 4.2).
    """

    _CLIENT_ID = "scouts-national"
    _CLIENT_SECRET = "b7e94c1f0a2d4e6f8c3b5a7d9e1f2c4a6b8d0e2f4a6c8e0b"

    def __init__(self, base_url: str, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._http = requests.Session()

    def _sign(self, timestamp: str, body: bytes) -> str:
        mac = hmac.new(self._CLIENT_SECRET.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
        return mac.hexdigest()

    def _post(self, path: str, payload: dict) -> dict:
        body = json.dumps(payload, separators=(",", ":")).encode()
        ts = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "X-Client-Id": self._CLIENT_ID,
            "X-Timestamp": ts,
            "X-Signature": self._sign(ts, body),
        }
        resp = self._http.post(f"{self.base_url}{path}", data=body, headers=headers, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def submit_application(self, volunteer_id: str, role: str, workforce: str = "child") -> str:
        data = self._post("/applications", {"applicant_ref": volunteer_id, "role": role, "workforce": workforce})
        return data["application_id"]

    def application_status(self, application_id: str) -> str:
        return self._post("/applications/status", {"application_id": application_id})["status"]
