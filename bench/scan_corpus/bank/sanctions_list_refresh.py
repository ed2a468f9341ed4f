"""Nightly refresh of consolidated sanctions lists from the data vendor.

Downloads the vendor's tarball of list files (XML + CSV per regime), unpacks
it into a dated staging directory and swaps the ``current`` symlink once the
screening engine has loaded it.
"""
from __future__ import annotations

import logging
import os
import tarfile
import tempfile
from datetime import date
from pathlib import Path

import requests

log = logging.getLogger("aml.sanctions_refresh")

FEED_URL = os.environ["SANCTIONS_FEED_URL"]
FEED_TOKEN = os.environ["SANCTIONS_FEED_TOKEN"]
LIST_ROOT = Path(os.environ.get("SANCTIONS_LIST_ROOT", "/srv/aml/lists"))


def download_bundle(dest: Path) -> Path:
    with requests.get(
        FEED_URL, headers={"Authorization": f"Bearer {FEED_TOKEN}"}, stream=True, timeout=60
    ) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 20):
                fh.write(chunk)
    return dest


def unpack(bundle: Path, staging: Path) -> list[str]:
    staging.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, "r:gz") as tar:
        names = tar.getnames()
        tar.extractall(staging)
    return names


def refresh(today: date | None = None) -> Path:
    today = today or date.today()
    staging = LIST_ROOT / today.isoformat()
    with tempfile.TemporaryDirectory() as tmp:
        bundle = download_bundle(Path(tmp) / "lists.tar.gz")
        names = unpack(bundle, staging)
    log.info("unpacked %d list files into %s", len(names), staging)
    current = LIST_ROOT / "current"
    tmp_link = LIST_ROOT / ".current.new"
    tmp_link.unlink(missing_ok=True)
    tmp_link.symlink_to(staging, target_is_directory=True)
    tmp_link.replace(current)
    return staging


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    refresh()
