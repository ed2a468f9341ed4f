"""Nightly pull of the manufacturer spare-parts catalogue for repair stock."""
import hashlib
import logging

import httpx

from wheelchairhire.config import settings
from wheelchairhire.parts import import_parts_csv
from wheelchairhire.state import kv_get, kv_set

log = logging.getLogger(__name__)

STATE_KEY = "parts_catalogue_sha256"


class CatalogueIntegrityError(RuntimeError):
    pass


async def fetch_catalogue(client: httpx.AsyncClient) -> tuple[bytes, str | None]:
    resp = await client.get(settings.PARTS_CATALOGUE_URL, timeout=60)
    resp.raise_for_status()
    return resp.content, resp.headers.get("X-Content-SHA256")


async def sync_parts_catalogue() -> bool:
    async with httpx.AsyncClient() as client:
        body, published = await fetch_catalogue(client)
    digest = hashlib.sha256(body).hexdigest()
    if published and published.lower() != digest:
        raise CatalogueIntegrityError(f"catalogue truncated: got {digest[:12]}")
    previous = await kv_get(STATE_KEY)
    if digest == previous:
        log.info("Parts catalogue unchanged (%s)", digest[:12])
        return False
    count = await import_parts_csv(body.decode("utf-8-sig"))
    await kv_set(STATE_KEY, digest)
    log.info("Imported %d parts from catalogue %s", count, digest[:12])
    return True
