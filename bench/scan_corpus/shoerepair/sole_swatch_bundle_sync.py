"""Downloads the supplier's bundle of sole swatch images for the in-shop sample browser."""
from __future__ import annotations

import io
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import requests


@dataclass
class BundleSource:
    url: str
    token: str
    timeout_s: float = 30.0


class SwatchLibrary:
    def __init__(self, root: Path) -> None:
        self.root = root

    def staging_dir(self, version: str) -> Path:
        path = self.root / "staging" / version
        path.mkdir(parents=True, exist_ok=True)
        return path

    def promote(self, version: str) -> Path:
        live = self.root / "live"
        if live.exists():
            shutil.rmtree(live)
        return Path(shutil.copytree(self.staging_dir(version), live))


def fetch_bundle(source: BundleSource) -> bytes:
    resp = requests.get(source.url, headers={"Authorization": f"Token {source.token}"}, timeout=source.timeout_s)
    resp.raise_for_status()
    return resp.content


def unpack(blob: bytes, dest: Path) -> int:
    count = 0
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        for info in zf.infolist():
            target = dest / info.filename
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            count += 1
    return count


def sync(source: BundleSource, library: SwatchLibrary, version: str) -> int:
    staged = unpack(fetch_bundle(source), library.staging_dir(version))
    library.promote(version)
    return staged
