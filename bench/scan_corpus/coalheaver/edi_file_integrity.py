"""Integrity checks for price catalogue files fetched from suppliers.

Suppliers publish PRICAT files alongside a manifest listing the SHA-256 of
each file.  The manifest is public and only guards against truncated or
corrupted transfers before the prices are loaded into depot stock.
"""
import hashlib
import json
from pathlib import Path

import httpx

from coalheaver.config import settings
from coalheaver.edi.pricat import load_price_catalogue


class ManifestMismatch(Exception):
    pass


def _sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def fetch_manifest(client: httpx.AsyncClient, partner: str) -> dict:
    resp = await client.get(f"{settings.SUPPLIER_FEEDS[partner]}/manifest.json")
    resp.raise_for_status()
    return {entry["name"]: entry["sha256"].lower() for entry in resp.json()["files"]}


async def download_catalogue(partner: str, staging_dir: Path) -> list:
    loaded = []
    async with httpx.AsyncClient(timeout=30) as client:
        manifest = await fetch_manifest(client, partner)
        for name, published_digest in manifest.items():
            if not name.endswith(".edi") or "/" in name or name.startswith("."):
                continue
            resp = await client.get(f"{settings.SUPPLIER_FEEDS[partner]}/{name}")
            resp.raise_for_status()
            actual_digest = _sha256_of(resp.content)
            if actual_digest != published_digest:
                raise ManifestMismatch(f"{partner}/{name}: transfer corrupted")
            target = staging_dir / f"{partner}-{name}"
            target.write_bytes(resp.content)
            loaded.append(load_price_catalogue(partner, target))
    return loaded


def summarise(results: list) -> str:
    return json.dumps({"files": len(results), "lines": sum(r.line_count for r in results)})
