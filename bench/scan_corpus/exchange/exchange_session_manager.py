"""Session handling for the exchange's member REST gateway (allocations, give-ups).

Credentials come from the secrets manager; the bearer token is cached
in memory and refreshed before expiry.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import time

import boto3
import httpx

log = logging.getLogger("exchange_session")

SECRET_ID = os.environ.get("EXCHANGE_GATEWAY_SECRET_ID", "backoffice/exchange-gateway")
REFRESH_MARGIN = 120


def _load_credentials() -> dict:
    sm = boto3.client("secretsmanager")
    secret = json.loads(sm.get_secret_value(SecretId=SECRET_ID)["SecretString"])
    return {"member_id": secret["member_id"], "api_key": secret["api_key"],
            "api_secret": secret["api_secret"], "base_url": secret["base_url"]}


class ExchangeSession:
    def __init__(self) -> None:
        self._creds = _load_credentials()
        self._client = httpx.AsyncClient(base_url=self._creds["base_url"], timeout=15.0)
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()
        log.info("loaded gateway credentials for member %s from %s",
                 self._creds["member_id"], SECRET_ID)

    async def _authenticate(self) -> None:
        resp = await self._client.post(
            "/auth/session",
            json={"memberId": self._creds["member_id"], "apiKey": self._creds["api_key"],
                  "apiSecret": self._creds["api_secret"]},
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["sessionToken"]
        ttl = int(body.get("ttlSeconds", 1800))
        self._expires_at = time.monotonic() + ttl
        log.info("exchange session opened for member %s, ttl %ss", self._creds["member_id"], ttl)

    async def _bearer(self) -> str:
        async with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - REFRESH_MARGIN:
                await self._authenticate()
            return self._token

    async def submit_allocation(self, allocation: dict) -> dict:
        resp = await self._client.post(
            "/v2/allocations", json=allocation,
            headers={"Authorization": f"Bearer {await self._bearer()}"},
        )
        resp.raise_for_status()
        result = resp.json()
        log.info("allocation %s accepted as %s", allocation.get("allocId"), result.get("exchangeRef"))
        return result

    async def aclose(self) -> None:
        await self._client.aclose()
