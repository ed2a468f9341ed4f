"""Sync the sailcloth supplier's public price/spec catalog into local inventory.

The supplier publishes a catalog JSON and a SHA-256 checksum file next to it
on their public download page. We only re-import when the version changes.
"""
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger(__name__)
CATALOG_URL = "https://downloads.example-sailcloth.com/catalog/latest.json"
CHECKSUM_URL = CATALOG_URL + ".sha256"
STATE_FILE = Path("/var/lib/loft/catalog_state.json")


@dataclass
class CatalogState:
    version: str = ""
    sha256: str = ""


def load_state() -> CatalogState:
    if STATE_FILE.exists():
        return CatalogState(**json.loads(STATE_FILE.read_text()))
    return CatalogState()


def fetch_catalog(session: requests.Session) -> bytes:
    resp = session.get(CATALOG_URL, timeout=30)
    resp.raise_for_status()
    expected = session.get(CHECKSUM_URL, timeout=30).text.split()[0].lower()
    actual = hashlib.sha256(resp.content).hexdigest()
    if actual != expected:
        raise ValueError(f"catalog checksum mismatch: {actual} vs {expected}")
    return resp.content


def sync(inventory, session: requests.Session | None = None) -> bool:
    session = session or requests.Session()
    raw = fetch_catalog(session)
    catalog = json.loads(raw)
    state = load_state()
    if catalog["version"] == state.version:
        log.info("cloth catalog unchanged at version %s", state.version)
        return False
    for item in catalog["cloths"]:
        inventory.upsert_cloth_spec(
            code=item["code"],
            weight_gsm=item["weight_gsm"],
            width_mm=item["width_mm"],
            list_price=item["price_per_m"],
        )
    STATE_FILE.write_text(json.dumps({"version": catalog["version"],
                                      "sha256": hashlib.sha256(raw).hexdigest()}))
    log.info("imported cloth catalog version %s", catalog["version"])
    return True
