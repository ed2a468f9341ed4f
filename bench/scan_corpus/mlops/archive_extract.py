"""Fetch and unpack dataset tarballs into the shared dataset cache."""
from __future__ import annotations

import logging
import os
import tarfile
from pathlib import Path

import requests

log = logging.getLogger(__name__)

CACHE_ROOT = Path(os.environ.get("DATASET_CACHE", "/var/cache/datasets"))
CHUNK = 1 << 20


def _download(url: str, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    with requests.get(url, stream=True, timeout=(10, 300)) as resp:
        resp.raise_for_status()
        with open(dest, "wb") as fh:
            for chunk in resp.iter_content(CHUNK):
                fh.write(chunk)
    return dest


def unpack(archive: Path, dest: Path) -> int:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tf:
        members = [m for m in tf.getmembers() if m.isfile() or m.isdir()]
        tf.extractall(dest, members=members, filter="data")
    return sum(1 for m in members if m.isfile())


def materialize(dataset: str, version: str, url: str) -> Path:
    out = CACHE_ROOT / dataset / version
    marker = out / ".complete"
    if marker.exists():
        return out
    archive = _download(url, CACHE_ROOT / ".downloads" / f"{dataset}-{version}.tar.gz")
    n = unpack(archive, out)
    marker.touch()
    archive.unlink(missing_ok=True)
    log.info("unpacked %d files for %s@%s", n, dataset, version)
    return out
