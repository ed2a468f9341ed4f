"""HTTP client for the clearing firm's margin and buying-power API.

The clearing firm issues its certificates from a private CA, so the session
is pinned to their CA bundle and presents our mutual-TLS client certificate.
"""
import os
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class ClearingClient:
    def __init__(self, base_url: str | None = None):
        self.base_url = (base_url or os.environ["CLEARING_API_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.verify = os.environ["CLEARING_CA_BUNDLE"]
        self.session.cert = (os.environ["CLEARING_CLIENT_CERT"], os.environ["CLEARING_CLIENT_KEY"])
        self.session.headers["Accept"] = "application/json"
        retry = Retry(total=3, backoff_factor=0.3, status_forcelist=(502, 503, 504),
                      allowed_methods=frozenset({"GET"}))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=5)
        resp.raise_for_status()
        return resp.json()

    def buying_power(self, account_id: str) -> Decimal:
        data = self._get(f"/v2/accounts/{account_id}/buying-power")
        return Decimal(data["buying_power"])

    def margin_requirements(self, account_id: str) -> dict:
        data = self._get(f"/v2/accounts/{account_id}/margin")
        return {
            "maintenance": Decimal(data["maintenance_requirement"]),
            "equity": Decimal(data["equity"]),
            "house_call": Decimal(data.get("house_call", "0")),
        }
