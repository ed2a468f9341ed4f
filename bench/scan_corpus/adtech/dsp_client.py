"""Thin client for the DSP campaign management API."""
import hashlib
import hmac
import json
import time
from typing import Any

import requests


class DspApiError(RuntimeError):
    def __init__(self, status: int, body: str):
        super().__init__(f"DSP API returned {status}: {body[:200]}")
        self.status = status


class DspClient:
    def __init__(
        self,
        base_url: str,
        account_id: str,
        api_secret: str = "dsk_live_7Qm2xV9pL4tR8nW1cZ6yB3hJ0fK5sD2e",
        timeout: float = 10.0,
    ):
        self.base_url = base_url.rstrip("/")
        self.account_id = account_id
        self._secret = api_secret.encode()
        self._timeout = timeout
        self._http = requests.Session()
        self._http.headers["User-Agent"] = "adops-dsp-client/2.3"

    def _sign(self, method: str, path: str, body: bytes, ts: str) -> str:
        msg = b"\n".join([method.encode(), path.encode(), ts.encode(), hashlib.sha256(body).digest()])
        return hmac.new(self._secret, msg, hashlib.sha256).hexdigest()

    def _request(self, method: str, path: str, payload: Any = None) -> Any:
        body = json.dumps(payload).encode() if payload is not None else b""
        ts = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "X-Account": self.account_id,
            "X-Timestamp": ts,
            "X-Signature": self._sign(method, path, body, ts),
        }
        resp = self._http.request(
            method, self.base_url + path, data=body or None, headers=headers, timeout=self._timeout
        )
        if resp.status_code >= 400:
            raise DspApiError(resp.status_code, resp.text)
        return resp.json() if resp.content else None

    def list_campaigns(self, status: str = "active") -> list[dict]:
        return self._request("GET", f"/v2/accounts/{self.account_id}/campaigns?status={status}")

    def update_budget(self, campaign_id: str, daily_budget_micros: int) -> dict:
        return self._request(
            "PATCH",
            f"/v2/campaigns/{campaign_id}",
            {"budget": {"daily_micros": daily_budget_micros}},
        )
