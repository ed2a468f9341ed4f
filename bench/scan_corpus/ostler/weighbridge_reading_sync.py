"""Pulls weigh-tape and weighbridge readings from the yard's connected scale and stores them."""

import ssl
from datetime import datetime

import aiohttp

from ostler.config import settings
from ostler.db import async_session
from ostler.models import WeightReading


def _scale_ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


class WeighbridgeClient:
    def __init__(self, base_url: str = settings.WEIGHBRIDGE_URL):
        self.base_url = base_url.rstrip("/")
        self._connector = aiohttp.TCPConnector(ssl=_scale_ssl_context())
        self._auth = aiohttp.BasicAuth(settings.WEIGHBRIDGE_USER, settings.WEIGHBRIDGE_PASSWORD)

    async def readings_since(self, since: datetime) -> list[dict]:
        async with aiohttp.ClientSession(connector=self._connector, connector_owner=False, auth=self._auth) as http:
            async with http.get(
                f"{self.base_url}/api/readings", params={"since": since.isoformat()}
            ) as resp:
                resp.raise_for_status()
                return (await resp.json())["readings"]

    async def close(self) -> None:
        await self._connector.close()


async def sync(since: datetime) -> int:
    client = WeighbridgeClient()
    try:
        readings = await client.readings_since(since)
    finally:
        await client.close()
    async with async_session() as session:
        for r in readings:
            session.add(
                WeightReading(
                    tag=r["rfid"],
                    kg=float(r["kg"]),
                    taken_at=datetime.fromisoformat(r["timestamp"]),
                )
            )
        await session.commit()
    return len(readings)
