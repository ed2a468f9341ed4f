"""Download and unpack dataset archives registered by users.

A dataset version points at a zip URL (vendor bucket, HF mirror, ...); the
worker downloads it once into the shared cache and unpacks it for jobs.
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import zipfile
from pathlib import Path

import requests

log = logging.getLogger(__name__)

CACHE_ROOT = Path(os.environ.get("DATASET_CACHE", "/var/cache/datasets"))
CHUNK = 1 << 20


def download(url: str, dest: Path, expected_sha256: str | None = None) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with requests.get(url, stream=True, timeout=(10, 300)) as resp:
        resp.raise_for_status()
        with open(dest, "wb") as fh:
            for chunk in resp.iter_content(CHUNK):
                digest.update(chunk)
                fh.write(chunk)
    if expected_sha256 and digest.hexdigest() != expected_sha256:
        dest.unlink()
        raise ValueError(f"checksum mismatch for {url}")
    return dest


def unpack(archive: Path, dest: Path) -> int:
    count = 0
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            target = os.path.join(dest, info.filename)
            if info.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst, CHUNK)
            count += 1
    return count


def materialize(dataset: str, version: str, url: str, sha256: str | None = None) -> Path:
    out = CACHE_ROOT / dataset / version
    if (out / ".complete").exists():
        return out
    archive = download(url, CACHE_ROOT / ".downloads" / f"{dataset}-{version}.zip", sha256)
    n = unpack(archive, out)
    (out / ".complete").touch()
    log.info("unpacked %d files for %s@%s", n, dataset, version)
    return out
