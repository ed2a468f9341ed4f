"""Pulls the published tack catalogue from the manufacturer's CDN.

The bridle and girth manufacturer publishes a public CSV catalogue and
a manifest with its SHA-256; we only reimport when the manifest
changes and the downloaded file matches it.
"""
import csv
import hashlib
import io
import logging
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

MANIFEST_URL = "https://cdn.tackmaker.example/catalogue/manifest.json"


@dataclass
class Manifest:
    version: str
    csv_url: str
    sha256: str


def fetch_manifest(session: requests.Session) -> Manifest:
    resp = session.get(MANIFEST_URL, timeout=15)
    resp.raise_for_status()
    data = resp.json()
    return Manifest(version=data["version"], csv_url=data["csv_url"], sha256=data["sha256"].lower())


def sync_catalogue(session: requests.Session, current_version: str, importer) -> str:
    manifest = fetch_manifest(session)
    if manifest.version == current_version:
        log.info("Tack catalogue already at version %s", current_version)
        return current_version

    resp = session.get(manifest.csv_url, timeout=60)
    resp.raise_for_status()
    digest = hashlib.sha256(resp.content).hexdigest()
    if digest != manifest.sha256:
        raise ValueError(f"catalogue download does not match manifest for {manifest.version}")

    reader = csv.DictReader(io.StringIO(resp.content.decode("utf-8-sig")))
    count = importer.replace_all(
        {
            "sku": row["SKU"],
            "description": row["Description"],
            "colour": row.get("Colour", ""),
            "size": row.get("Size", ""),
            "trade_price": row["TradePrice"],
        }
        for row in reader
    )
    log.info("Imported %d catalogue lines at version %s", count, manifest.version)
    return manifest.version
