"""Weekly refresh of the politically-exposed-persons (PEP) dataset.

The vendor publishes a .tar.gz with one CSV per country. It is unpacked into
a dated directory; the loader then bulk-inserts into the screening database.
"""
from __future__ import annotations

import hashlib
import logging
import os
import tarfile
import tempfile
from datetime import date
from pathlib import Path

import requests

log = logging.getLogger("aml.pep_refresh")

FEED_URL = os.environ["PEP_FEED_URL"]
FEED_TOKEN = os.environ["PEP_FEED_TOKEN"]
DATA_ROOT = Path(os.environ.get("PEP_DATA_ROOT", "/srv/aml/pep"))


def fetch(dest: Path) -> str:
    digest = hashlib.sha256()
    with requests.get(FEED_URL, headers={"Authorization": f"Bearer {FEED_TOKEN}"}, stream=True, timeout=60) as r:
        r.raise_for_status()
        with dest.open("wb") as fh:
            for chunk in r.iter_content(chunk_size=1 << 20):
                digest.update(chunk)
                fh.write(chunk)
    return digest.hexdigest()


def unpack(archive: Path, target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(target, filter="data")
    return sorted(target.rglob("*.csv"))


def refresh(run_date: date | None = None) -> list[Path]:
    run_date = run_date or date.today()
    target = DATA_ROOT / run_date.isoformat()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "pep.tar.gz"
        checksum = fetch(archive)
        files = unpack(archive, target)
    log.info("PEP bundle sha256=%s unpacked %d files to %s", checksum, len(files), target)
    return files


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    refresh()
