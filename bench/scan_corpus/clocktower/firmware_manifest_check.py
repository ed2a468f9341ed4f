"""Checks downloaded winding-controller firmware against the release manifest.

Releases are published with a manifest listing each image's size and
SHA-256.  The rollout tool refuses to stage an image whose download was
truncated or corrupted on the way.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger("clocktower.firmware")


@dataclass(frozen=True)
class ManifestEntry:
    model: str
    version: str
    filename: str
    size: int
    sha256: str


def load_manifest(path: Path) -> dict[str, ManifestEntry]:
    data = json.loads(path.read_text())
    return {item["model"]: ManifestEntry(**item) for item in data["images"]}


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def download_image(base_url: str, entry: ManifestEntry, dest_dir: Path, ca_bundle: str) -> Path:
    dest = dest_dir / entry.filename
    with requests.get(f"{base_url.rstrip('/')}/{entry.filename}", stream=True, timeout=60, verify=ca_bundle) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=65536):
                fh.write(chunk)
    return dest


def verify_image(path: Path, entry: ManifestEntry) -> None:
    size = path.stat().st_size
    if size != entry.size:
        raise ValueError(f"{path.name}: expected {entry.size} bytes, got {size}")
    actual = file_sha256(path)
    if actual != entry.sha256.lower():
        raise ValueError(f"{path.name}: checksum mismatch ({actual} != {entry.sha256})")
    log.info("verified %s %s for %s", entry.filename, entry.version, entry.model)


def stage(base_url: str, manifest_path: Path, model: str, dest_dir: Path, ca_bundle: str) -> Path:
    entry = load_manifest(manifest_path)[model]
    path = download_image(base_url, entry, dest_dir, ca_bundle)
    try:
        verify_image(path, entry)
    except ValueError:
        path.unlink(missing_ok=True)
        raise
    return path
