"""Pulls the published trade price list into the merchant counter app.

The sales office publishes a price list (NHL grades, putty, hydrated lime,
aggregates, limewash) as a JSON file with a small manifest beside it. Counter
terminals at merchant branches refresh their copy when the version changes.
"""

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger(__name__)

MANIFEST_URL = "https://prices.limeworks.example/trade/manifest.json"
CACHE_DIR = Path.home() / ".limeworks" / "prices"


@dataclass
class Manifest:
    version: str
    url: str
    sha256: str


def fetch_manifest(session: requests.Session) -> Manifest:
    response = session.get(MANIFEST_URL, timeout=15)
    response.raise_for_status()
    data = response.json()
    return Manifest(version=data["version"], url=data["url"], sha256=data["sha256"])


def local_version() -> str | None:
    marker = CACHE_DIR / "VERSION"
    return marker.read_text().strip() if marker.exists() else None


def refresh_price_list(session: requests.Session | None = None) -> bool:
    session = session or requests.Session()
    manifest = fetch_manifest(session)
    if manifest.version == local_version():
        log.debug("Price list %s already current", manifest.version)
        return False
    response = session.get(manifest.url, timeout=30)
    response.raise_for_status()
    content = response.content
    if hashlib.sha256(content).hexdigest() != manifest.sha256:
        raise ValueError(f"Price list {manifest.version} did not match its manifest")
    json.loads(content)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    (CACHE_DIR / "prices.json").write_bytes(content)
    (CACHE_DIR / "VERSION").write_text(manifest.version)
    log.info("Price list updated to %s", manifest.version)
    return True
