"""Submits imaging jobs from the observation scheduler to the remote compute cluster."""
from __future__ import annotations

import asyncio
import os
from dataclasses import asdict, dataclass, field

import httpx


def _inherited_environment() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("OMP_NUM_THREADS", "8")
    return env


@dataclass
class ImagingJob:
    scheduling_block: str
    measurement_set: str
    pipeline: str = "wsclean-standard"
    cpus: int = 16
    memory_gb: int = 64
    environment: dict[str, str] = field(default_factory=_inherited_environment)


class ClusterGateway:
    def __init__(self, base_url: str, token: str) -> None:
        self._client = httpx.AsyncClient(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=httpx.Timeout(15.0),
        )

    async def submit(self, job: ImagingJob) -> str:
        resp = await self._client.post("/api/v2/jobs", json=asdict(job))
        resp.raise_for_status()
        return resp.json()["job_id"]

    async def close(self) -> None:
        await self._client.aclose()


async def submit_block(block_id: str, ms_path: str) -> str:
    gateway = ClusterGateway(os.environ["RT_CLUSTER_URL"], os.environ["RT_CLUSTER_TOKEN"])
    try:
        return await gateway.submit(ImagingJob(scheduling_block=block_id, measurement_set=ms_path))
    finally:
        await gateway.close()


if __name__ == "__main__":
    print(asyncio.run(submit_block("SB-2024-117", "/archive/SB-2024-117/target.ms")))
