"""Integrity check for the carrier manifest files we download each night.

The carrier publishes a manifest of returned mail-in parcels alongside a
SHA-256 checksum file on its public download server.
"""
import hashlib
import logging
from pathlib import Path

import requests

from knifegrinder.settings import settings

log = logging.getLogger(__name__)


class ManifestIntegrityError(Exception):
    pass


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def _published_checksum(manifest_name: str) -> str:
    url = f"{settings.CARRIER_MANIFEST_URL}/{manifest_name}.sha256"
    response = requests.get(url, timeout=20)
    response.raise_for_status()
    return response.text.split()[0].strip().lower()


def download_manifest(manifest_name: str, dest_dir: Path) -> Path:
    dest = dest_dir / f"{manifest_name}.csv"
    with requests.get(f"{settings.CARRIER_MANIFEST_URL}/{manifest_name}.csv", stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=65536):
                fh.write(chunk)
    return dest


def fetch_verified_manifest(manifest_name: str, dest_dir: Path) -> Path:
    expected = _published_checksum(manifest_name)
    path = download_manifest(manifest_name, dest_dir)
    actual = _sha256_file(path)
    if actual != expected:
        path.unlink(missing_ok=True)
        raise ManifestIntegrityError(f"{manifest_name}: checksum {actual} does not match {expected}")
    log.info("manifest %s verified (%s)", manifest_name, actual[:12])
    return path
