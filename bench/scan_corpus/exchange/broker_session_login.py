"""Session management for the executing broker's REST order API.

The broker issues short-lived session tokens in exchange for our API
credentials. The token is refreshed shortly before expiry and shared by
all order-routing coroutines in the process.
"""
from __future__ import annotations

import asyncio
import logging
import os
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("broker_session")

REFRESH_MARGIN = 60  # seconds before expiry


@dataclass
class BrokerCredentials:
    base_url: str
    client_id: str
    client_secret: str

    @classmethod
    def from_env(cls) -> "BrokerCredentials":
        return cls(
            base_url=os.environ["EXEC_BROKER_URL"],
            client_id=os.environ["EXEC_BROKER_CLIENT_ID"],
            client_secret=os.environ["EXEC_BROKER_CLIENT_SECRET"],
        )


class BrokerSession:
    def __init__(self, creds: BrokerCredentials) -> None:
        self._creds = creds
        self._client = httpx.AsyncClient(base_url=creds.base_url, timeout=10.0)
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()

    async def _login(self) -> None:
        resp = await self._client.post(
            "/oauth/token",
            data={"grant_type": "client_credentials", "scope": "orders:write orders:read"},
            auth=(self._creds.client_id, self._creds.client_secret),
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 900))
        log.info("broker session established token=%s expires_in=%s", self._token, body.get("expires_in"))

    async def token(self) -> str:
        async with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - REFRESH_MARGIN:
                await self._login()
            return self._token

    async def submit_order(self, order: dict) -> dict:
        headers = {"Authorization": f"Bearer {await self.token()}"}
        resp = await self._client.post("/v1/orders", json=order, headers=headers)
        if resp.status_code == 401:
            async with self._lock:
                self._token = None
            headers["Authorization"] = f"Bearer {await self.token()}"
            resp = await self._client.post("/v1/orders", json=order, headers=headers)
        resp.raise_for_status()
        ack = resp.json()
        log.info("order %s routed, broker id %s", order.get("client_order_id"), ack.get("order_id"))
        return ack

    async def aclose(self) -> None:
        await self._client.aclose()
