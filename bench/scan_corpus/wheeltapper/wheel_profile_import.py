"""Import of reference wheel profiles published by the standards body.

Reference profiles (S1002, P8 and the like) are downloaded together with a
manifest listing the published SHA-256 of every file; a mismatch means a
truncated or corrupted download and the profile is skipped.
"""
import csv
import hashlib
import io
import logging

import requests

from wheeltapper.config import settings
from wheeltapper.profiles import ProfileRepository

log = logging.getLogger(__name__)


def fetch_manifest() -> dict[str, str]:
    resp = requests.get(settings.PROFILE_MANIFEST_URL, timeout=30)
    resp.raise_for_status()
    return {entry["name"]: entry["sha256"] for entry in resp.json()["profiles"]}


def file_digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def download_profile(name: str, published_digest: str) -> bytes:
    resp = requests.get(f"{settings.PROFILE_BASE_URL}/{name}.csv", timeout=60)
    resp.raise_for_status()
    content = resp.content
    if file_digest(content) != published_digest.lower():
        raise ValueError(f"profile {name} checksum mismatch")
    return content


def parse_profile(content: bytes) -> list[tuple[float, float]]:
    reader = csv.reader(io.StringIO(content.decode("utf-8")))
    next(reader, None)
    return [(float(y), float(z)) for y, z in reader]


def sync_profiles(repository: ProfileRepository) -> int:
    imported = 0
    for name, digest in fetch_manifest().items():
        if repository.has_digest(name, digest):
            continue
        try:
            points = parse_profile(download_profile(name, digest))
        except (ValueError, requests.RequestException) as exc:
            log.warning("skipping profile %s: %s", name, exc)
            continue
        repository.store(name, digest, points)
        imported += 1
    return imported
