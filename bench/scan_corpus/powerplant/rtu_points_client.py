"""Async client for the RTU gateway points API, pinned to the plant OT certificate authority."""

import ssl
from typing import Any

import httpx

from ot_integration.settings import settings


def _ot_ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.OT_CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if settings.OT_CLIENT_CERT:
        ctx.load_cert_chain(settings.OT_CLIENT_CERT, settings.OT_CLIENT_KEY)
    return ctx


class RtuPointsClient:
    def __init__(self, base_url: str, token: str, timeout: float = 10.0):
        self._client = httpx.AsyncClient(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}"},
            verify=_ot_ssl_context(),
            timeout=timeout,
        )

    async def __aenter__(self) -> "RtuPointsClient":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self._client.aclose()

    async def read_point(self, point_id: str) -> dict:
        resp = await self._client.get(f"/api/v2/points/{point_id}/value")
        resp.raise_for_status()
        return resp.json()

    async def read_block(self, point_ids: list[str]) -> dict[str, dict]:
        resp = await self._client.post("/api/v2/points/read", json={"ids": point_ids})
        resp.raise_for_status()
        return {p["id"]: p for p in resp.json()["points"]}
