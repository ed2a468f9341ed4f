"""Authenticates to the felt and clothing vendor portal and records the session for audit."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

audit = logging.getLogger("procurement.vendor_portal")


def _mask(secret: str, keep: int = 4) -> str:
    if len(secret) <= keep * 2:
        return "*" * len(secret)
    return f"{'*' * (len(secret) - keep)}{secret[-keep:]}"


@dataclass
class VendorPortalAccount:
    base_url: str
    client_id: str
    client_secret: str

    @classmethod
    def from_env(cls) -> "VendorPortalAccount":
        return cls(os.environ["VENDOR_PORTAL_URL"], os.environ["VENDOR_PORTAL_CLIENT_ID"],
                   os.environ["VENDOR_PORTAL_CLIENT_SECRET"])


class VendorPortalSession:
    def __init__(self, account: VendorPortalAccount) -> None:
        self._account = account
        self._token: str | None = None
        self._http = httpx.Client(base_url=account.base_url, timeout=20)

    def _fetch_token(self) -> str:
        resp = self._http.post("/oauth/token", data={
            "grant_type": "client_credentials",
            "client_id": self._account.client_id,
            "client_secret": self._account.client_secret,
        })
        resp.raise_for_status()
        return resp.json()["access_token"]

    def login(self) -> None:
        self._token = self._fetch_token()
        audit.info("vendor portal session opened client=%s token=%s",
                   self._account.client_id, _mask(self._token))

    def open_orders(self) -> list[dict]:
        if self._token is None:
            self.login()
        resp = self._http.get("/api/orders?status=open",
                              headers={"Authorization": f"Bearer {self._token}"})
        resp.raise_for_status()
        return resp.json()["orders"]
