"""Async client for the dining-hall point-of-sale gateway.

Used by the card office service to post meal-plan swipes and query
balances.  The gateway certificate chains to the campus internal CA.
"""
import ssl
from decimal import Decimal

import aiohttp


def build_ssl_context(ca_bundle: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class PosGateway:
    def __init__(self, base_url: str, api_token: str, ca_bundle: str):
        self._base = base_url.rstrip("/")
        self._token = api_token
        self._ssl = build_ssl_context(ca_bundle)
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "PosGateway":
        self._session = aiohttp.ClientSession(
            headers={"Authorization": f"Bearer {self._token}"},
            timeout=aiohttp.ClientTimeout(total=15),
            connector=aiohttp.TCPConnector(ssl=self._ssl, limit=20),
        )
        return self

    async def __aexit__(self, *exc) -> None:
        if self._session:
            await self._session.close()

    async def balance(self, card_number: str) -> Decimal:
        async with self._session.get(f"{self._base}/v2/accounts/{card_number}/balance") as r:
            r.raise_for_status()
            data = await r.json()
            return Decimal(str(data["dining_dollars"]))

    async def post_swipe(self, card_number: str, location_id: str, plan: str) -> str:
        payload = {"card": card_number, "location": location_id, "plan": plan}
        async with self._session.post(f"{self._base}/v2/swipes", json=payload) as r:
            r.raise_for_status()
            return (await r.json())["transaction_id"]
