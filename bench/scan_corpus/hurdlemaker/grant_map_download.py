"""Downloads the published woodland map layers used in grant claims.

The grant body publishes land parcel boundary files alongside a SHA-256
checksum manifest. We download the layer for our holding, check it against
the manifest and unpack it for the claims mapping tool.
"""
from __future__ import annotations

import hashlib
import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger(__name__)

CHUNK = 1 << 20


@dataclass(frozen=True)
class MapLayer:
    name: str
    url: str
    manifest_url: str


def _published_checksum(session: requests.Session, layer: MapLayer) -> str:
    resp = session.get(layer.manifest_url, timeout=30)
    resp.raise_for_status()
    for line in resp.text.splitlines():
        digest, _, filename = line.strip().partition("  ")
        if filename == layer.url.rsplit("/", 1)[-1]:
            return digest.lower()
    raise LookupError(f"{layer.name} not listed in checksum manifest")


def download_layer(session: requests.Session, layer: MapLayer, dest_dir: Path) -> Path:
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / f"{layer.name}.zip"
    hasher = hashlib.sha256()
    with session.get(layer.url, stream=True, timeout=120) as resp:
        resp.raise_for_status()
        with target.open("wb") as fh:
            for chunk in resp.iter_content(CHUNK):
                hasher.update(chunk)
                fh.write(chunk)
    actual = hasher.hexdigest()
    expected = _published_checksum(session, layer)
    if actual != expected:
        target.unlink()
        raise ValueError(f"{layer.name}: checksum {actual} does not match published {expected}")
    log.info("downloaded %s (%s)", layer.name, actual[:12])
    return target


def unpack(archive: Path, dest_dir: Path) -> list[str]:
    with zipfile.ZipFile(archive) as zf:
        names = [n for n in zf.namelist() if n.endswith((".shp", ".shx", ".dbf", ".prj"))]
        for name in names:
            member = Path(name).name
            (dest_dir / member).write_bytes(zf.read(name))
    return names
