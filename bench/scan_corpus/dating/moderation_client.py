"""Async client for the third-party photo moderation service."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import aiohttp

log = logging.getLogger(__name__)


@dataclass
class ModerationVerdict:
    photo_id: str
    nudity: float
    violence: float
    minor_likelihood: float

    @property
    def needs_review(self) -> bool:
        return max(self.nudity, self.violence) > 0.7 or self.minor_likelihood > 0.2


class ModerationClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 10.0, concurrency: int = 8):
        self._base_url = base_url.rstrip("/")
        self._api_key = api_key
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._sem = asyncio.Semaphore(concurrency)
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "ModerationClient":
        connector = aiohttp.TCPConnector(limit=20, ssl=False)
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=self._timeout,
            headers={"Authorization": f"Bearer {self._api_key}"},
        )
        return self

    async def __aexit__(self, *exc) -> None:
        if self._session is not None:
            await self._session.close()

    async def classify(self, photo_id: str, image_url: str) -> ModerationVerdict:
        async with self._sem:
            async with self._session.post(
                f"{self._base_url}/v2/classify", json={"url": image_url, "models": ["nudity", "gore", "age"]}
            ) as resp:
                resp.raise_for_status()
                data = await resp.json()
        return ModerationVerdict(
            photo_id=photo_id,
            nudity=data["nudity"]["score"],
            violence=data["gore"]["score"],
            minor_likelihood=data["age"]["minor"],
        )

    async def classify_many(self, photos: dict[str, str]) -> list[ModerationVerdict]:
        tasks = [self.classify(pid, url) for pid, url in photos.items()]
        results = await asyncio.gather(*tasks, return_exceptions=True)
        verdicts = []
        for pid, res in zip(photos, results):
            if isinstance(res, Exception):
                log.warning("moderation failed for photo %s: %s", pid, res)
                continue
            verdicts.append(res)
        return verdicts
