"""Starts document + selfie verification sessions with the IDV provider."""
from __future__ import annotations

import os
from typing import Any

import requests


class IdvSessionClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 15):
        self.base_url = (base_url or os.environ["IDV_BASE_URL"]).rstrip("/")
        self._api_key = api_key or os.environ["IDV_API_KEY"]
        self.timeout = timeout
        self._http = requests.Session()
        self._http.headers["Authorization"] = f"Bearer {self._api_key}"

    def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        resp = self._http.post(f"{self.base_url}{path}", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def create_session(self, client_ref: str, redirect_url: str, checks=("document", "selfie")) -> dict:
        return self._post(
            "/v2/verification-sessions",
            {"client_reference": client_ref, "redirect_url": redirect_url, "checks": list(checks)},
        )

    def cancel_session(self, session_id: str) -> None:
        self._post(f"/v2/verification-sessions/{session_id}/cancel", {})
