"""Client for the open-banking aggregator used for affordability checks.

The aggregator requires mutual TLS and presents a certificate issued by its own
private CA, so we pin that CA bundle instead of relying on the system store.
"""
from __future__ import annotations

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from bnpl.config import settings


class OpenBankingClient:
    def __init__(self, base_url: str | None = None):
        self.base_url = (base_url or settings.OB_BASE_URL).rstrip("/")
        self.session = requests.Session()
        self.session.verify = settings.OB_CA_BUNDLE_PATH
        self.session.cert = (settings.OB_CLIENT_CERT_PATH, settings.OB_CLIENT_KEY_PATH)
        self.session.headers.update({"Accept": "application/json"})
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504), allowed_methods={"GET"})
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str, consent_token: str, **params) -> dict:
        resp = self.session.get(
            f"{self.base_url}{path}",
            params=params,
            headers={"Authorization": f"Bearer {consent_token}"},
            timeout=(3, 15),
        )
        resp.raise_for_status()
        return resp.json()

    def accounts(self, consent_token: str) -> list[dict]:
        return self._get("/v1/accounts", consent_token)["accounts"]

    def transactions(self, consent_token: str, account_id: str, from_date: str, to_date: str) -> list[dict]:
        data = self._get(
            f"/v1/accounts/{account_id}/transactions",
            consent_token,
            fromBookingDate=from_date,
            toBookingDate=to_date,
        )
        return data["transactions"]
