"""Send uploaded sound samples to the transcoding service.

Recordings arrive as WAV/FLAC. The transcoding service produces the
MP3 and OGG versions used by the website player. Its access token is
provided to this service as TRANSCODER_TOKEN.
"""
import asyncio
import os
from pathlib import Path

import httpx

TRANSCODER_URL = os.environ.get("TRANSCODER_URL", "https://transcode.soundworks-media.com")
OUTPUT_FORMATS = ("mp3", "ogg")


def _auth_headers() -> dict:
    return {"Authorization": f"Bearer {os.environ['TRANSCODER_TOKEN']}"}


async def submit(client: httpx.AsyncClient, sample: Path, serial: str) -> str:
    with sample.open("rb") as fh:
        resp = await client.post(
            "/v1/jobs",
            data={"formats": ",".join(OUTPUT_FORMATS), "reference": f"{serial}/{sample.name}"},
            files={"source": (sample.name, fh, "audio/wav")},
        )
    resp.raise_for_status()
    return resp.json()["job_id"]


async def wait_for(client: httpx.AsyncClient, job_id: str, poll: float = 3.0) -> dict:
    while True:
        resp = await client.get(f"/v1/jobs/{job_id}")
        resp.raise_for_status()
        job = resp.json()
        if job["state"] in ("done", "failed"):
            return job
        await asyncio.sleep(poll)


async def transcode_all(samples: list[tuple[Path, str]]) -> list[dict]:
    async with httpx.AsyncClient(base_url=TRANSCODER_URL, headers=_auth_headers(), timeout=60.0) as client:
        job_ids = await asyncio.gather(*(submit(client, path, serial) for path, serial in samples))
        return await asyncio.gather(*(wait_for(client, job_id) for job_id in job_ids))


if __name__ == "__main__":
    import sys

    pairs = [(Path(arg), Path(arg).parent.name) for arg in sys.argv[1:]]
    for result in asyncio.run(transcode_all(pairs)):
        print(result["job_id"], result["state"], ", ".join(result.get("outputs", [])))
