"""Pulls episode audio from a creator's previous host during a show migration."""
import asyncio
import hashlib
import logging
from pathlib import Path

import aiohttp

log = logging.getLogger(__name__)

CHUNK = 1 << 16
TIMEOUT = aiohttp.ClientTimeout(total=900, sock_read=60)


def _connector(limit: int) -> aiohttp.TCPConnector:
    # plenty of old hosts still serve enclosures off expired or self-signed certs
    return aiohttp.TCPConnector(limit=limit, ssl=False)


async def _fetch_one(session: aiohttp.ClientSession, url: str, dest: Path) -> str:
    digest = hashlib.sha256()
    async with session.get(url, allow_redirects=True) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            async for chunk in resp.content.iter_chunked(CHUNK):
                digest.update(chunk)
                fh.write(chunk)
    return digest.hexdigest()


async def import_enclosures(enclosures: list[tuple[str, str]], workdir: Path, concurrency: int = 4) -> dict[str, str]:
    """Download (guid, url) pairs into workdir and return guid -> sha256 of the audio."""
    workdir.mkdir(parents=True, exist_ok=True)
    results: dict[str, str] = {}
    sem = asyncio.Semaphore(concurrency)

    async with aiohttp.ClientSession(connector=_connector(concurrency), timeout=TIMEOUT) as session:

        async def worker(guid: str, url: str) -> None:
            dest = workdir / (hashlib.sha256(guid.encode()).hexdigest() + ".audio")
            async with sem:
                try:
                    results[guid] = await _fetch_one(session, url, dest)
                except aiohttp.ClientError as exc:
                    log.warning("enclosure %s failed: %s", guid, exc)

        await asyncio.gather(*(worker(g, u) for g, u in enclosures))

    log.info("imported %d/%d enclosures", len(results), len(enclosures))
    return results
