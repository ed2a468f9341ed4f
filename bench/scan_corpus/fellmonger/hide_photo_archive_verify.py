"""Verifies grading photo archives received from the remote shearing-shed scanners."""
import hashlib
import logging
import zipfile
from pathlib import Path

import httpx

from fellmonger.settings import PHOTO_INBOX, SCANNER_API_BASE

log = logging.getLogger(__name__)


class ArchiveMismatch(Exception):
    pass


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def fetch_published_checksum(client: httpx.Client, batch_id: str) -> str:
    resp = client.get(f"{SCANNER_API_BASE}/batches/{batch_id}/archive.sha256", timeout=10)
    resp.raise_for_status()
    return resp.text.split()[0].lower()


def verify_archive(client: httpx.Client, batch_id: str) -> Path:
    archive = Path(PHOTO_INBOX) / f"{batch_id}.zip"
    published = fetch_published_checksum(client, batch_id)
    actual = sha256_of(archive)
    if actual != published:
        raise ArchiveMismatch(f"{archive.name}: expected {published}, got {actual}")
    with zipfile.ZipFile(archive) as zf:
        bad = zf.testzip()
        if bad is not None:
            raise ArchiveMismatch(f"{archive.name}: corrupt member {bad}")
    log.info("photo archive %s verified (%s)", archive.name, actual[:12])
    return archive


def verify_pending(batch_ids: list[str]) -> list[str]:
    failed = []
    with httpx.Client() as client:
        for batch_id in batch_ids:
            try:
                verify_archive(client, batch_id)
            except (ArchiveMismatch, httpx.HTTPError) as exc:
                log.error("batch %s failed verification: %s", batch_id, exc)
                failed.append(batch_id)
    return failed
