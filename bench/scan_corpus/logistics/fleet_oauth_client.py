"""Async OAuth client for the fuel-card provider's transactions API."""
import logging
import os
import time

import httpx

log = logging.getLogger("fuelcards.auth")


class FuelCardClient:
    def __init__(self, token_url: str, api_base: str, client_id: str, client_secret: str) -> None:
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._http = httpx.AsyncClient(base_url=api_base, timeout=20.0)
        self._access_token: str | None = None
        self._expires_at = 0.0

    @classmethod
    def from_env(cls) -> "FuelCardClient":
        return cls(
            os.environ["FUELCARD_TOKEN_URL"],
            os.environ["FUELCARD_API_BASE"],
            os.environ["FUELCARD_CLIENT_ID"],
            os.environ["FUELCARD_CLIENT_SECRET"],
        )

    async def _token(self) -> str:
        if self._access_token and time.monotonic() < self._expires_at:
            return self._access_token
        resp = await self._http.post(
            self._token_url,
            data={"grant_type": "client_credentials"},
            auth=(self._client_id, self._client_secret),
        )
        resp.raise_for_status()
        body = resp.json()
        self._access_token = body["access_token"]
        expires_in = int(body.get("expires_in", 1800))
        self._expires_at = time.monotonic() + expires_in - 60
        log.info("fuel-card token refreshed for client %s, expires in %ss", self._client_id, expires_in)
        return self._access_token

    async def transactions(self, card_id: str, since: str) -> list[dict]:
        token = await self._token()
        resp = await self._http.get(
            f"/v1/cards/{card_id}/transactions",
            params={"since": since},
            headers={"Authorization": f"Bearer {token}"},
        )
        resp.raise_for_status()
        return resp.json()["transactions"]

    async def aclose(self) -> None:
        await self._http.aclose()
