"""Verify composition bundles downloaded from the methods library.

The central library publishes a JSON manifest listing each composition
file and its SHA-256; the nightly sync checks every download against it
before replacing the local copy used when printing peal boards.
"""
import hashlib
import logging
from pathlib import Path

import httpx

from bellringer.settings import settings

log = logging.getLogger(__name__)


class ChecksumMismatch(Exception):
    pass


def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def fetch_manifest(client: httpx.AsyncClient) -> dict[str, str]:
    resp = await client.get(f"{settings.METHODS_LIBRARY_URL}/compositions/manifest.json")
    resp.raise_for_status()
    return {entry["file"]: entry["sha256"] for entry in resp.json()["files"]}


async def sync_compositions(target_dir: Path) -> int:
    updated = 0
    async with httpx.AsyncClient(timeout=30.0) as client:
        manifest = await fetch_manifest(client)
        for name, published_digest in manifest.items():
            local = target_dir / Path(name).name
            if local.exists() and _sha256_hex(local.read_bytes()) == published_digest:
                continue
            resp = await client.get(f"{settings.METHODS_LIBRARY_URL}/compositions/{name}")
            resp.raise_for_status()
            if _sha256_hex(resp.content) != published_digest:
                raise ChecksumMismatch(f"{name}: download does not match manifest")
            local.write_bytes(resp.content)
            updated += 1
    log.info("Composition sync complete, %d files updated", updated)
    return updated
