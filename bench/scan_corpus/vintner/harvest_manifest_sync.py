"""Pulls harvest weighbridge exports from the co-operative's file server.

The co-op publishes a manifest listing each day's weighbridge CSV and its
SHA-256 checksum; files are downloaded and checked against the manifest before
being imported into the harvest log.
"""

import hashlib
import logging
from pathlib import Path

import requests

from vintner.config import settings
from vintner.harvest.importer import import_weighbridge_csv

logger = logging.getLogger(__name__)


def fetch_manifest(session: requests.Session) -> list:
    response = session.get(f"{settings.COOP_EXPORT_URL}/manifest.json", timeout=30)
    response.raise_for_status()
    return response.json()["files"]


def download_and_verify(session: requests.Session, entry: dict, target_dir: Path) -> Path:
    response = session.get(f"{settings.COOP_EXPORT_URL}/files/{entry['id']}", timeout=120)
    response.raise_for_status()
    actual = hashlib.sha256(response.content).hexdigest()
    if actual != entry["sha256"].lower():
        raise ValueError(f"checksum mismatch for weighbridge export {entry['id']}")
    target = target_dir / f"weighbridge_{entry['id']}.csv"
    target.write_bytes(response.content)
    return target


def sync_weighbridge_exports(target_dir: Path) -> int:
    imported = 0
    with requests.Session() as session:
        session.headers["User-Agent"] = "vintner-harvest-sync/1.4"
        for entry in fetch_manifest(session):
            try:
                path = download_and_verify(session, entry, target_dir)
            except ValueError:
                logger.warning("skipping export %s after failed checksum", entry["id"])
                continue
            import_weighbridge_csv(path, vintage=entry["vintage"])
            imported += 1
    return imported
