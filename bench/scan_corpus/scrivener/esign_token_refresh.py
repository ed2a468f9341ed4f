"""OAuth client-credentials token cache for the e-signature provider."""
import asyncio
import logging
import os
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("scrivener.esign.auth")

TOKEN_URL = os.environ.get("ESIGN_TOKEN_URL", "https://auth.esign-provider.example/oauth/token")
REFRESH_MARGIN = 120


@dataclass
class AccessToken:
    value: str
    expires_at: float
    scope: str

    def fresh(self) -> bool:
        return time.time() < self.expires_at - REFRESH_MARGIN


class TokenProvider:
    def __init__(self, client: httpx.AsyncClient):
        self._client = client
        self._token: AccessToken | None = None
        self._lock = asyncio.Lock()

    async def _fetch(self) -> AccessToken:
        response = await self._client.post(
            TOKEN_URL,
            data={"grant_type": "client_credentials", "scope": "envelopes:write envelopes:read"},
            auth=(os.environ["ESIGN_CLIENT_ID"], os.environ["ESIGN_CLIENT_SECRET"]),
            timeout=10,
        )
        response.raise_for_status()
        body = response.json()
        token = AccessToken(body["access_token"], time.time() + body["expires_in"], body.get("scope", ""))
        log.info("e-signature token refreshed, expires in %ss, scope=%s", body["expires_in"], token.scope)
        return token

    async def get(self) -> str:
        async with self._lock:
            if self._token is None or not self._token.fresh():
                self._token = await self._fetch()
            return self._token.value

    async def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {await self.get()}"}


async def main() -> None:
    logging.basicConfig(level=logging.INFO)
    async with httpx.AsyncClient() as client:
        provider = TokenProvider(client)
        await provider.get()
        await provider.get()


if __name__ == "__main__":
    asyncio.run(main())
