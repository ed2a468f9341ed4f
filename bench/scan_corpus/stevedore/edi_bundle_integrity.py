"""Download and integrity check of carrier EDI code-list bundles.

Carriers publish their current ISO size-type and port code lists as a
zip bundle alongside a SHA-256 index file. The terminal refreshes them
nightly and only installs a bundle whose digest matches the index.
"""
import hashlib
import logging
from pathlib import Path

import requests

from terminal_ops.config import settings

log = logging.getLogger(__name__)


def _published_digest(index_url: str, bundle_name: str) -> str:
    resp = requests.get(index_url, timeout=30)
    resp.raise_for_status()
    for line in resp.text.splitlines():
        digest, _, name = line.partition("  ")
        if name.strip() == bundle_name:
            return digest.strip().lower()
    raise LookupError(f"{bundle_name} not listed in {index_url}")


def _download(url: str, target: Path) -> str:
    sha = hashlib.sha256()
    with requests.get(url, stream=True, timeout=60) as resp, target.open("wb") as out:
        resp.raise_for_status()
        for chunk in resp.iter_content(chunk_size=65536):
            sha.update(chunk)
            out.write(chunk)
    return sha.hexdigest()


def refresh_code_lists(carrier: str) -> Path | None:
    source = settings.CODE_LIST_SOURCES[carrier]
    bundle_name = source["bundle"]
    target = Path(settings.CODE_LIST_DIR) / carrier / bundle_name
    target.parent.mkdir(parents=True, exist_ok=True)
    expected = _published_digest(source["index_url"], bundle_name)
    actual = _download(source["base_url"] + bundle_name, target)
    if actual == expected:
        log.info("installed %s code lists for %s", bundle_name, carrier)
        return target
    log.error("digest mismatch for %s from %s: got %s", bundle_name, carrier, actual)
    target.unlink(missing_ok=True)
    return None
