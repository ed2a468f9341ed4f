"""Async client for the cloud POS partner API (orders, menus, labor).

Handles the client-credentials login and re-authenticates shortly before the
access token expires.
"""
from __future__ import annotations

import asyncio
import logging
import os
import time

import httpx

log = logging.getLogger("integrations.pos")

REFRESH_MARGIN_S = 120


class PosApiClient:
    def __init__(self, base_url: str, auth_url: str, client_id: str, client_secret: str):
        self._auth_url = auth_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()
        self._http = httpx.AsyncClient(base_url=base_url, timeout=20.0)

    @classmethod
    def from_env(cls) -> "PosApiClient":
        return cls(
            base_url=os.environ["POS_API_BASE"],
            auth_url=os.environ["POS_AUTH_URL"],
            client_id=os.environ["POS_CLIENT_ID"],
            client_secret=os.environ["POS_CLIENT_SECRET"],
        )

    async def _login(self) -> None:
        resp = await self._http.post(
            self._auth_url,
            json={"clientId": self._client_id, "clientSecret": self._client_secret,
                  "userAccessType": "TOAST_MACHINE_CLIENT"},
        )
        resp.raise_for_status()
        token = resp.json()["token"]
        self._token = token["accessToken"]
        self._expires_at = time.monotonic() + token["expiresIn"]
        log.debug("POS login ok, token=%s expires_in=%s", self._token, token["expiresIn"])

    async def _auth_header(self, restaurant_guid: str) -> dict[str, str]:
        async with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - REFRESH_MARGIN_S:
                await self._login()
        return {"Authorization": f"Bearer {self._token}", "Restaurant-External-ID": restaurant_guid}

    async def orders_for_day(self, restaurant_guid: str, business_date: str) -> list[dict]:
        headers = await self._auth_header(restaurant_guid)
        resp = await self._http.get(
            "/orders/v2/ordersBulk", params={"businessDate": business_date}, headers=headers
        )
        resp.raise_for_status()
        return resp.json()

    async def aclose(self) -> None:
        await self._http.aclose()
