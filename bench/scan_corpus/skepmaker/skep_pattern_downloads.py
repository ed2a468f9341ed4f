"""Fetching and verifying the published PDF weaving patterns for skep kits."""
import hashlib
from pathlib import Path

import requests

from skepmaker.config import settings

PATTERN_INDEX_URL = settings.PATTERN_CDN_URL + "/index.json"
CACHE_DIR = Path(settings.PATTERN_CACHE_DIR)


class PatternIntegrityError(Exception):
    pass


def fetch_index(session: requests.Session) -> list:
    response = session.get(PATTERN_INDEX_URL, timeout=20)
    response.raise_for_status()
    return response.json()["patterns"]


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def download_pattern(session: requests.Session, entry: dict) -> Path:
    target = CACHE_DIR / f"{entry['slug']}.pdf"
    if target.exists() and sha256_bytes(target.read_bytes()) == entry["sha256"]:
        return target

    response = session.get(entry["url"], timeout=60)
    response.raise_for_status()
    content = response.content
    actual = sha256_bytes(content)
    if actual != entry["sha256"]:
        raise PatternIntegrityError(f"{entry['slug']}: expected {entry['sha256']}, got {actual}")

    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return target


def sync_patterns() -> list:
    with requests.Session() as session:
        return [download_pattern(session, entry) for entry in fetch_index(session)]
