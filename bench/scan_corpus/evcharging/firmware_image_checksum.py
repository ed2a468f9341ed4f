"""Download charger firmware images from the vendor portal and check them against the manifest."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import httpx


@dataclass(frozen=True)
class FirmwareEntry:
    model: str
    version: str
    url: str
    sha256: str
    size: int


class ChecksumMismatch(Exception):
    pass


def read_manifest(path: Path) -> list[FirmwareEntry]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [FirmwareEntry(**item) for item in data["images"]]


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch_image(entry: FirmwareEntry, dest_dir: Path, client: httpx.Client) -> Path:
    target = dest_dir / f"{entry.model}-{entry.version}.bin"
    with client.stream("GET", entry.url) as resp:
        resp.raise_for_status()
        with target.open("wb") as out:
            for chunk in resp.iter_bytes():
                out.write(chunk)
    actual = _sha256_file(target)
    if actual != entry.sha256.lower():
        target.unlink()
        raise ChecksumMismatch(f"{entry.model} {entry.version}: expected {entry.sha256}, got {actual}")
    if target.stat().st_size != entry.size:
        target.unlink()
        raise ChecksumMismatch(f"{entry.model} {entry.version}: size mismatch")
    return target


def mirror(manifest_path: Path, dest_dir: Path, ca_bundle: str) -> list[Path]:
    dest_dir.mkdir(parents=True, exist_ok=True)
    with httpx.Client(verify=ca_bundle, timeout=60.0, follow_redirects=True) as client:
        return [fetch_image(e, dest_dir, client) for e in read_manifest(manifest_path)]
