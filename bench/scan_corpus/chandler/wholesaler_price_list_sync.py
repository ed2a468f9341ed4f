"""Pulls the weekly price list published by the main dry-goods wholesaler
and loads it into the provisioning catalogue.

The wholesaler publishes the file alongside a manifest giving its version
and SHA-256 so partial downloads are detected.
"""
import csv
import hashlib
import io
import logging
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)

MANIFEST_URL = "https://pricelists.wholesaler.example/marine/manifest.json"


@dataclass
class PriceListManifest:
    version: str
    url: str
    sha256: str


def fetch_manifest(client: httpx.Client) -> PriceListManifest:
    resp = client.get(MANIFEST_URL)
    resp.raise_for_status()
    data = resp.json()
    return PriceListManifest(version=data["version"], url=data["file"], sha256=data["sha256"].lower())


def download_price_list(client: httpx.Client, manifest: PriceListManifest) -> bytes:
    resp = client.get(manifest.url)
    resp.raise_for_status()
    content = resp.content
    actual = hashlib.sha256(content).hexdigest()
    if actual != manifest.sha256:
        raise ValueError(f"price list {manifest.version} checksum mismatch")
    return content


def sync(current_version: str, upsert_prices) -> str:
    with httpx.Client(timeout=30.0) as client:
        manifest = fetch_manifest(client)
        if manifest.version == current_version:
            log.info("price list %s already loaded", current_version)
            return current_version
        content = download_price_list(client, manifest)
    reader = csv.DictReader(io.StringIO(content.decode("utf-8-sig")))
    rows = [
        {"sku": r["ArticleNo"], "description": r["Description"], "unit": r["Unit"], "price": r["NetPrice"]}
        for r in reader
    ]
    upsert_prices(rows, source_version=manifest.version)
    log.info("loaded %d prices from version %s", len(rows), manifest.version)
    return manifest.version
