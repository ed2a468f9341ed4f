"""Asynchronous sync of distribution files from the upstream index.

Called by the scheduler for every project whose upstream serial changed
since the last run.
"""
import asyncio
import hashlib
import logging
import os
import re
from pathlib import Path

import aiohttp

log = logging.getLogger("mirror.sync")

CONCURRENCY = int(os.environ.get("MIRROR_SYNC_CONCURRENCY", "8"))
CHUNK_SIZE = 1 << 16
_PROJECT_NAME = re.compile(r"[a-z0-9][a-z0-9._-]*")


class SyncError(Exception):
    pass


async def _fetch_file(session: aiohttp.ClientSession, url: str, dest: Path, sha256: str) -> None:
    part = dest.with_name(dest.name + ".part")
    digest = hashlib.sha256()
    async with session.get(url) as resp:
        if resp.status != 200:
            raise SyncError(f"{url}: HTTP {resp.status}")
        with part.open("wb") as fh:
            async for chunk in resp.content.iter_chunked(CHUNK_SIZE):
                digest.update(chunk)
                fh.write(chunk)
    if digest.hexdigest() != sha256:
        part.unlink(missing_ok=True)
        raise SyncError(f"{url}: checksum mismatch")
    part.replace(dest)


async def sync_project(project: str, files: list[dict], root: Path) -> int:
    if not _PROJECT_NAME.fullmatch(project):
        raise SyncError(f"refusing project name {project!r}")
    target = root / project
    target.mkdir(parents=True, exist_ok=True)
    connector = aiohttp.TCPConnector(limit=CONCURRENCY, ssl=False)
    timeout = aiohttp.ClientTimeout(total=600, sock_read=60)
    fetched = 0

    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def one(entry: dict) -> None:
            nonlocal fetched
            name = entry["filename"]
            if "/" in name or "\\" in name or name.startswith("."):
                log.warning("%s: skipping odd filename %r", project, name)
                return
            dest = target / name
            if dest.exists():
                return
            await _fetch_file(session, entry["url"], dest, entry["digests"]["sha256"])
            fetched += 1

        results = await asyncio.gather(*(one(f) for f in files), return_exceptions=True)

    for entry, result in zip(files, results):
        if isinstance(result, Exception):
            log.error("%s: %s failed: %s", project, entry.get("filename"), result)
    log.info("%s: fetched %d new files", project, fetched)
    return fetched
