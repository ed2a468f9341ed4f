"""Thin client for the body-shop estimating platform.

Used by the repair workflow to pull line-item estimates and supplements for a
claim and to push the adjuster's approval decision back.
"""
from __future__ import annotations

import logging
from typing import Any

import requests

log = logging.getLogger(__name__)


class EstimatingAPIError(RuntimeError):
    pass


class EstimatingClient:
    def __init__(self, base_url: str, api_token: str, ca_bundle: str | None = None, timeout: float = 15.0):
        self._base = base_url.rstrip("/")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {api_token}", "Accept": "application/json"})
        # the integration proxy re-signs traffic; pass its CA bundle when available
        self._session.verify = ca_bundle or False

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        resp = self._session.request(method, f"{self._base}{path}", timeout=self._timeout, **kwargs)
        if resp.status_code >= 400:
            log.warning("estimating API %s %s -> %s", method, path, resp.status_code)
            raise EstimatingAPIError(f"{method} {path} failed with {resp.status_code}")
        return resp.json()

    def get_estimate(self, claim_number: str) -> dict:
        return self._request("GET", f"/v2/claims/{claim_number}/estimate")

    def list_supplements(self, claim_number: str) -> list[dict]:
        return self._request("GET", f"/v2/claims/{claim_number}/supplements").get("items", [])

    def approve(self, claim_number: str, estimate_id: str, approved_total: float, adjuster_id: str) -> dict:
        payload = {"estimateId": estimate_id, "approvedTotal": round(approved_total, 2), "adjusterId": adjuster_id}
        return self._request("POST", f"/v2/claims/{claim_number}/approval", json=payload)
