"""Unpack rate/availability bundles exported by the channel manager.

The nightly full-sync job downloads a tarball with one CSV per room type and
hands the extracted folder to the loader.
"""
import logging
import tarfile
import tempfile
from pathlib import Path

import requests

log = logging.getLogger(__name__)


def download_bundle(url: str, session: requests.Session, dest: Path) -> Path:
    target = dest / "bundle.tar.gz"
    with session.get(url, stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with target.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 16):
                fh.write(chunk)
    return target


def extract_bundle(archive: Path, dest: Path) -> list[Path]:
    with tarfile.open(archive, mode="r:*") as tar:
        tar.extractall(path=dest, filter="data")
    return sorted(p for p in dest.rglob("*.csv") if p.is_file())


def full_sync(url: str, session: requests.Session, loader) -> int:
    with tempfile.TemporaryDirectory(prefix="cm-bundle-") as tmp:
        work = Path(tmp)
        archive = download_bundle(url, session, work)
        out = work / "extracted"
        out.mkdir()
        files = extract_bundle(archive, out)
        for f in files:
            loader.load_csv(f)
        log.info("loaded %d rate files from %s", len(files), url)
        return len(files)
