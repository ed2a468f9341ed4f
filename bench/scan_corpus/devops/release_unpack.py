"""Unpack release bundles fetched from the artifact store onto app servers."""
from __future__ import annotations

import hashlib
import shutil
import tarfile
from pathlib import Path

RELEASES_DIR = Path("/srv/app/releases")
CURRENT_LINK = Path("/srv/app/current")


def sha256sum(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def unpack(bundle: Path, version: str) -> Path:
    dest = RELEASES_DIR / version
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    with tarfile.open(bundle, "r:*") as tar:
        tar.extractall(dest, filter="data")
    return dest


def activate(release_dir: Path) -> None:
    tmp_link = CURRENT_LINK.with_name(".current.tmp")
    if tmp_link.is_symlink():
        tmp_link.unlink()
    tmp_link.symlink_to(release_dir)
    tmp_link.replace(CURRENT_LINK)


def deploy(bundle: Path, version: str, keep: int = 5) -> Path:
    release_dir = unpack(bundle, version)
    activate(release_dir)
    old = sorted(
        (p for p in RELEASES_DIR.iterdir() if p.is_dir() and p != release_dir),
        key=lambda p: p.stat().st_mtime,
    )
    for stale in old[:-keep] if keep else old:
        shutil.rmtree(stale)
    return release_dir
