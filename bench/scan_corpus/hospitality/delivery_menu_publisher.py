"""Publish the current menu to the delivery marketplace's menu API.

Run after a menu change is approved in the back office; the marketplace
replaces the store's whole menu with what we send.
"""
from __future__ import annotations

import time

import requests


class MenuPublisher:
    def __init__(
        self,
        api_base: str,
        client_id: str,
        client_secret: str = "mkp_live_4Qm8rT2vX9kLp3Zs7Wc1Nd6Hy0Bf5GjA2eR",
        timeout: float = 15.0,
    ) -> None:
        self.api_base = api_base.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.timeout = timeout
        self._token: str | None = None
        self._token_expiry = 0.0

    @classmethod
    def from_settings(cls, settings) -> "MenuPublisher":
        return cls(settings.MARKETPLACE_API_BASE, settings.MARKETPLACE_CLIENT_ID)

    def _access_token(self) -> str:
        if self._token and time.time() < self._token_expiry - 60:
            return self._token
        resp = requests.post(
            f"{self.api_base}/oauth/token",
            data={"grant_type": "client_credentials", "scope": "menus.write"},
            auth=(self.client_id, self.client_secret),
            timeout=self.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.time() + body["expires_in"]
        return self._token

    def publish(self, store_id: str, menu: dict) -> str:
        resp = requests.put(
            f"{self.api_base}/v1/stores/{store_id}/menu",
            json=menu,
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["job_id"]
