"""Client for the hosted vector rendering service that rasterises emblazonments
for print proofs and web thumbnails."""
import asyncio
import os
from dataclasses import dataclass

import httpx

RENDER_BASE_URL = os.environ.get("VECTORFORGE_URL", "https://api.vectorforge.example.com")


@dataclass(frozen=True)
class RenderJob:
    commission_id: int
    svg: bytes
    width_px: int = 2400
    fmt: str = "png"


class VectorForgeClient:
    def __init__(self, base_url: str = RENDER_BASE_URL, api_key: str | None = None):
        self._base_url = base_url.rstrip("/")
        self._api_key = api_key or os.environ["VECTORFORGE_API_KEY"]

    def _client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self._base_url,
            headers={"X-Api-Key": self._api_key, "User-Agent": "heraldry-studio/3.4"},
            timeout=60.0,
        )

    async def render(self, job: RenderJob) -> bytes:
        async with self._client() as client:
            resp = await client.post(
                "/v1/render",
                params={"width": job.width_px, "format": job.fmt},
                files={"source": (f"{job.commission_id}.svg", job.svg, "image/svg+xml")},
            )
            resp.raise_for_status()
            return resp.content

    async def render_many(self, jobs: list[RenderJob], concurrency: int = 4) -> dict[int, bytes]:
        sem = asyncio.Semaphore(concurrency)

        async def one(job: RenderJob) -> tuple[int, bytes]:
            async with sem:
                return job.commission_id, await self.render(job)

        results = await asyncio.gather(*(one(j) for j in jobs))
        return dict(results)
