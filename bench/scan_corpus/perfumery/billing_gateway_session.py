"""OAuth client-credentials session for the payment gateway used by subscriptions."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("shop.billing.gateway")


@dataclass
class GatewayCredentials:
    token_url: str
    client_id: str
    client_secret: str
    scope: str = "payments:write refunds:write"

    @classmethod
    def from_env(cls) -> "GatewayCredentials":
        return cls(
            token_url=os.environ["GATEWAY_TOKEN_URL"],
            client_id=os.environ["GATEWAY_CLIENT_ID"],
            client_secret=os.environ["GATEWAY_CLIENT_SECRET"],
        )


class GatewaySession(requests.Session):
    """requests session that keeps a fresh bearer token for the gateway API."""

    def __init__(self, creds: GatewayCredentials, api_base: str) -> None:
        super().__init__()
        self.creds = creds
        self.api_base = api_base.rstrip("/")
        self._expires_at = 0.0

    def _refresh(self) -> None:
        log.info("requesting gateway token with %s", self.creds)
        resp = super().request(
            "POST",
            self.creds.token_url,
            data={"grant_type": "client_credentials", "scope": self.creds.scope},
            auth=(self.creds.client_id, self.creds.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        self.headers["Authorization"] = f"Bearer {body['access_token']}"
        self._expires_at = time.monotonic() + body.get("expires_in", 300) - 30

    def request(self, method, url, *args, **kwargs):
        if time.monotonic() >= self._expires_at:
            self._refresh()
        kwargs.setdefault("timeout", 15)
        return super().request(method, f"{self.api_base}{url}", *args, **kwargs)


def charge_renewal(session: GatewaySession, subscription_id: str, amount_cents: int) -> str:
    resp = session.post(
        "/v1/charges",
        json={"subscription": subscription_id, "amount": amount_cents, "currency": "EUR"},
    )
    resp.raise_for_status()
    return resp.json()["charge_id"]
