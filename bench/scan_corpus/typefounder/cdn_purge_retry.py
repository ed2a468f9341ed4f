"""Purge webfont kit stylesheets from the CDN after a kit is republished."""

import asyncio
import logging
import random

import httpx

from typefounder.config import settings

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BASE_DELAY = 0.5
MAX_DELAY = 20.0


def backoff_delay(attempt: int) -> float:
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, ceiling)


class CdnPurger:
    def __init__(self, client: httpx.AsyncClient | None = None):
        self.client = client or httpx.AsyncClient(
            base_url=settings.cdn_api_base,
            headers={"Authorization": f"Bearer {settings.cdn_api_token}"},
            timeout=10.0,
        )

    async def purge_urls(self, urls: list[str]) -> None:
        for attempt in range(MAX_ATTEMPTS):
            try:
                resp = await self.client.post(
                    f"/zones/{settings.cdn_zone_id}/purge_cache", json={"files": urls}
                )
                if resp.status_code < 500 and resp.status_code != 429:
                    resp.raise_for_status()
                    return
                logger.info("CDN purge returned %s, retrying", resp.status_code)
            except httpx.TransportError as exc:
                logger.info("CDN purge transport error: %s", exc)
            await asyncio.sleep(backoff_delay(attempt))
        raise RuntimeError(f"CDN purge failed after {MAX_ATTEMPTS} attempts")

    async def purge_kit(self, kit_public_id: str) -> None:
        base = settings.kit_public_base.rstrip("/")
        await self.purge_urls([f"{base}/kits/{kit_public_id}.css", f"{base}/kits/{kit_public_id}.js"])

    async def aclose(self) -> None:
        await self.client.aclose()
