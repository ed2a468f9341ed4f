"""Nightly job: fetch and stage the vendor's full-record bundle.

The shared cataloguing vendor publishes a compressed tarball of MARC
files every night. We download it, unpack it into a staging directory and
queue each file for the MARC import pipeline.
"""
import hashlib
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

import requests

from .config import settings
from .queue import enqueue_marc_file

log = logging.getLogger(__name__)

CHUNK = 1 << 20


def _download(url: str, dest: Path) -> str:
    digest = hashlib.sha256()
    with requests.get(url, stream=True, timeout=120) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            for chunk in resp.iter_content(CHUNK):
                fh.write(chunk)
                digest.update(chunk)
    return digest.hexdigest()


def _expected_checksum(url: str) -> str:
    resp = requests.get(url + ".sha256", timeout=30)
    resp.raise_for_status()
    return resp.text.split()[0].strip().lower()


def stage_bundle() -> int:
    url = settings.RECORD_BUNDLE_URL
    staging = Path(settings.MARC_STAGING_DIR)
    staging.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "bundle.tar.gz"
        actual = _download(url, archive)
        if actual != _expected_checksum(url):
            raise RuntimeError("record bundle checksum mismatch")

        unpack_dir = Path(tmp) / "unpacked"
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(unpack_dir)

        count = 0
        for mrc in sorted(unpack_dir.rglob("*.mrc")):
            target = staging / mrc.name
            shutil.move(str(mrc), target)
            enqueue_marc_file(str(target))
            count += 1

    log.info("staged %d MARC files from nightly bundle", count)
    return count
