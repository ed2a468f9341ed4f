"""Pulls engine telemetry from the fleet's onboard trackers.

Trackers report engine hours, coolant temperature and GPS position to the
tracker vendor's platform. The platform is reached over a private link and
presents a certificate from the vendor's own CA, which we pin here.
"""
import ssl
from datetime import datetime

import httpx

from canalboat.settings import settings

TRACKER_CA_BUNDLE = settings.TRACKER_CA_BUNDLE


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=TRACKER_CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class TelemetryClient:
    def __init__(self, base_url: str = settings.TRACKER_API_URL, timeout: float = 20.0):
        self._client = httpx.AsyncClient(base_url=base_url, timeout=timeout, verify=_tls_context())

    async def engine_hours(self, tracker_id: str) -> float:
        resp = await self._client.get(f"/v1/trackers/{tracker_id}/engine")
        resp.raise_for_status()
        return float(resp.json()["engine_hours"])

    async def positions_since(self, tracker_id: str, since: datetime) -> list[dict]:
        resp = await self._client.get(
            f"/v1/trackers/{tracker_id}/positions",
            params={"since": since.isoformat()},
        )
        resp.raise_for_status()
        return resp.json()["positions"]

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> "TelemetryClient":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()
