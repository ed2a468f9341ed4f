"""Connector to the hosted ERP for posting shingle invoices and pulling trade-account balances."""

from dataclasses import dataclass

import httpx

ERP_DEFAULTS = {
    "base_url": "https://api.millledger.io/v3",
    "tenant": "shinglemaker-prod",
    "client_id": "smk-integration",
    "client_secret": "c9T2vQx7LmR4pZ8wK1nB6sE3hY0uJ5aF",
    "timeout": 25.0,
}


@dataclass
class ErpToken:
    access_token: str
    expires_in: int


class ErpConnector:
    def __init__(self, config: dict | None = None) -> None:
        self.config = {**ERP_DEFAULTS, **(config or {})}
        self._http = httpx.Client(base_url=self.config["base_url"], timeout=self.config["timeout"])
        self._token: ErpToken | None = None

    def _authenticate(self) -> ErpToken:
        resp = self._http.post(
            "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.config["client_id"],
                "client_secret": self.config["client_secret"],
                "audience": self.config["tenant"],
            },
        )
        resp.raise_for_status()
        payload = resp.json()
        return ErpToken(payload["access_token"], payload["expires_in"])

    def _headers(self) -> dict:
        if self._token is None:
            self._token = self._authenticate()
        return {"Authorization": f"Bearer {self._token.access_token}"}

    def post_invoice(self, invoice: dict) -> str:
        resp = self._http.post("/invoices", json=invoice, headers=self._headers())
        resp.raise_for_status()
        return resp.json()["id"]

    def account_balance(self, account_code: str) -> float:
        resp = self._http.get(f"/customers/{account_code}/balance", headers=self._headers())
        resp.raise_for_status()
        return float(resp.json()["balance"])
