"""Push menu changes to the delivery marketplace.

Credentials are issued per brand by the marketplace's partner portal and are
injected into the worker's environment by the deployment.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass

import requests

CLIENT_ID_ENV = "MARKETPLACE_CLIENT_ID"
CLIENT_SECRET_ENV = "MARKETPLACE_CLIENT_SECRET"
TOKEN_PATH = "/oauth/token"


@dataclass
class MarketplaceCredentials:
    client_id: str
    client_secret: str

    @classmethod
    def from_env(cls) -> "MarketplaceCredentials":
        try:
            return cls(os.environ[CLIENT_ID_ENV], os.environ[CLIENT_SECRET_ENV])
        except KeyError as missing:
            raise RuntimeError(f"marketplace credential {missing} is not set") from None


class MenuSync:
    def __init__(self, api_base: str, credentials: MarketplaceCredentials, timeout: float = 15.0) -> None:
        self.api_base = api_base.rstrip("/")
        self.credentials = credentials
        self.timeout = timeout
        self._token = ""
        self._token_expiry = 0.0

    def _bearer(self) -> str:
        if self._token and time.time() < self._token_expiry - 60:
            return self._token
        resp = requests.post(
            self.api_base + TOKEN_PATH,
            data={"grant_type": "client_credentials", "scope": "menus.write"},
            auth=(self.credentials.client_id, self.credentials.client_secret),
            timeout=self.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token, self._token_expiry = body["access_token"], time.time() + body["expires_in"]
        return self._token

    def push(self, store_id: str, menu: dict) -> str:
        resp = requests.put(
            f"{self.api_base}/v1/stores/{store_id}/menu",
            json=menu,
            headers={"Authorization": f"Bearer {self._bearer()}"},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["job_id"]
