"""Nightly sync of the supplier's public feather and shaft catalogue.

The supplier publishes a catalogue CSV plus a manifest with its version and
SHA-256; we only reload our supplier table when the version changes.
"""
import csv
import hashlib
import io
import logging
from dataclasses import dataclass

import httpx

MANIFEST_URL = "https://catalogue.featherline-supply.com/v3/manifest.json"
STOCKED_KINDS = ("feather", "shaft", "vane", "nock", "point")
log = logging.getLogger("stock.sync")


@dataclass
class SyncState:
    version: str
    sha256: str
    status: str = "idle"


async def fetch_manifest(client: httpx.AsyncClient) -> dict:
    resp = await client.get(MANIFEST_URL, timeout=20)
    resp.raise_for_status()
    return resp.json()


async def sync_catalogue(client: httpx.AsyncClient, state: SyncState, repo) -> SyncState:
    if state.status == "running":
        log.info("catalogue sync already running, skipping")
        return state
    manifest = await fetch_manifest(client)
    if manifest["version"] == state.version:
        log.info("catalogue %s unchanged", state.version)
        return state
    resp = await client.get(manifest["csv_url"], timeout=60)
    resp.raise_for_status()
    digest = hashlib.sha256(resp.content).hexdigest()
    if digest != manifest["sha256"]:
        log.warning("catalogue %s checksum mismatch, keeping %s", manifest["version"], state.version)
        return SyncState(state.version, state.sha256, status="checksum_mismatch")
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    items = [
        {"sku": r["sku"], "kind": r["kind"], "colour": r.get("colour", ""), "price_minor": int(r["price_pence"])}
        for r in rows
        if r["kind"] in STOCKED_KINDS
    ]
    await repo.replace_supplier_items(manifest["version"], items)
    log.info("loaded %d catalogue items at version %s", len(items), manifest["version"])
    return SyncState(manifest["version"], digest, status="ok")
