"""Async stock lookups against the second merchant, which uses a private CA for its trade API."""

import ssl

import httpx

from parts.settings import settings


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.MERCHANT_CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class StockClient:
    def __init__(self, base_url: str | None = None, token: str | None = None):
        self._client = httpx.AsyncClient(
            base_url=base_url or settings.MERCHANT_API_URL,
            headers={"Authorization": f"Bearer {token or settings.MERCHANT_API_TOKEN}"},
            verify=_tls_context(),
            timeout=httpx.Timeout(10.0, connect=5.0),
        )

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self._client.aclose()

    async def availability(self, part_numbers: list[str], branch: str) -> dict[str, int]:
        resp = await self._client.post(
            "/stock/query", json={"branch": branch, "parts": part_numbers}
        )
        resp.raise_for_status()
        return {row["part"]: int(row["qty"]) for row in resp.json()["results"]}
