"""OAuth client-credentials refresh for the fittings supplier API."""
import logging
import time
from dataclasses import dataclass, field

import httpx

from coppersmith.settings import settings

logger = logging.getLogger("coppersmith.purchasing.fittings")


@dataclass
class CachedToken:
    value: str = ""
    expires_at: float = 0.0
    scopes: list[str] = field(default_factory=list)

    def valid(self, skew: int = 60) -> bool:
        return bool(self.value) and time.time() < self.expires_at - skew


class FittingsAuth:
    def __init__(self):
        self._token = CachedToken()

    async def token(self) -> str:
        if not self._token.valid():
            await self._refresh()
        return self._token.value

    async def _refresh(self) -> None:
        async with httpx.AsyncClient(timeout=15) as client:
            response = await client.post(
                settings.FITTINGS_TOKEN_URL,
                data={"grant_type": "client_credentials", "scope": "orders catalogue"},
                auth=(settings.FITTINGS_CLIENT_ID, settings.FITTINGS_CLIENT_SECRET),
            )
        response.raise_for_status()
        payload = response.json()
        self._token = CachedToken(
            value=payload["access_token"],
            expires_at=time.time() + payload["expires_in"],
            scopes=payload.get("scope", "").split(),
        )
        logger.info(
            "fittings token refreshed for client %s, expires in %ss, scopes=%s",
            settings.FITTINGS_CLIENT_ID, payload["expires_in"], self._token.scopes,
        )
