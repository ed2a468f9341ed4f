"""Pull telemetry from the marina's own weather station and tide gauge.

Both devices sit behind the harbour office gateway, which serves HTTPS with a
certificate issued by the marina's internal CA; the CA bundle is deployed to
every host by Ansible.
"""
from __future__ import annotations

import asyncio
import logging
import ssl
from dataclasses import dataclass

import aiohttp

from marina.config import settings

log = logging.getLogger(__name__)


def _internal_tls() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.INTERNAL_CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


@dataclass
class StationSample:
    wind_kn: float
    gust_kn: float
    pressure_hpa: float
    tide_m: float


class TelemetryClient:
    def __init__(self, base_url: str | None = None):
        self.base_url = (base_url or settings.STATION_GATEWAY_URL).rstrip("/")
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "TelemetryClient":
        connector = aiohttp.TCPConnector(ssl=_internal_tls(), limit=2)
        self._session = aiohttp.ClientSession(
            connector=connector, timeout=aiohttp.ClientTimeout(total=10)
        )
        return self

    async def __aexit__(self, *exc) -> None:
        if self._session:
            await self._session.close()

    async def _get(self, path: str) -> dict:
        async with self._session.get(f"{self.base_url}{path}") as resp:
            resp.raise_for_status()
            return await resp.json()

    async def sample(self) -> StationSample:
        wx, tide = await asyncio.gather(self._get("/wx/current"), self._get("/tide/current"))
        return StationSample(
            wind_kn=wx["wind_avg_kn"],
            gust_kn=wx["wind_gust_kn"],
            pressure_hpa=wx["pressure_hpa"],
            tide_m=tide["level_m"],
        )


async def main() -> None:
    async with TelemetryClient() as client:
        s = await client.sample()
        log.info("wind %.1f kn (gust %.1f), tide %.2f m", s.wind_kn, s.gust_kn, s.tide_m)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
