"""Verifies EID ear-tag allocation files from the tag supplier.

The supplier publishes a manifest listing each batch file with its SHA-256
so that farms can confirm the download arrived intact before the tag numbers
are loaded into the flock register.
"""
import csv
import hashlib
import io

import httpx

from shepherd.settings import settings


class ManifestError(Exception):
    pass


async def _fetch(client: httpx.AsyncClient, url: str) -> bytes:
    resp = await client.get(url)
    resp.raise_for_status()
    return resp.content


async def load_manifest(client: httpx.AsyncClient) -> dict[str, str]:
    text = (await _fetch(client, settings.tag_manifest_url)).decode("utf-8")
    return {row["file"]: row["sha256"].lower() for row in csv.DictReader(io.StringIO(text))}


async def download_batch(client: httpx.AsyncClient, filename: str, manifest: dict[str, str]) -> bytes:
    if filename not in manifest:
        raise ManifestError(f"{filename} is not listed in the supplier manifest")
    data = await _fetch(client, f"{settings.tag_batch_base_url}/{filename}")
    actual = hashlib.sha256(data).hexdigest()
    if actual == manifest[filename]:
        return data
    raise ManifestError(f"{filename}: checksum differs from manifest, download again")


def parse_tags(data: bytes) -> list[str]:
    reader = csv.reader(io.StringIO(data.decode("utf-8")))
    next(reader, None)
    return [row[0].strip() for row in reader if row and row[0].strip()]


async def fetch_allocation(filename: str) -> list[str]:
    async with httpx.AsyncClient(timeout=30) as client:
        manifest = await load_manifest(client)
        data = await download_batch(client, filename, manifest)
    return parse_tags(data)
