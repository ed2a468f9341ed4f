"""Installs menu media bundles (product photos, attract-loop videos).

The menu sync payload references a media bundle per menu version. Bundles are
gzip'd tarballs hosted on the content CDN; we download the bundle, unpack it
into a staging folder and atomically swap it in as the active media set.
"""
from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

import requests

log = logging.getLogger("kiosk.media")

MEDIA_ROOT = Path("/var/lib/kiosk/media")
MAX_BUNDLE_BYTES = 750 * 1024 * 1024


def _download(url: str, dest: Path, timeout: float = 60.0) -> Path:
    size = 0
    with requests.get(url, stream=True, timeout=timeout) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 20):
                size += len(chunk)
                if size > MAX_BUNDLE_BYTES:
                    raise ValueError("media bundle exceeds size limit")
                fh.write(chunk)
    return dest


def install_bundle(bundle: dict, media_root: Path = MEDIA_ROOT) -> Path:
    version = str(bundle["version"])
    target = media_root / "versions" / version
    if target.exists():
        return target

    with tempfile.TemporaryDirectory(prefix="media-") as work:
        archive = _download(bundle["url"], Path(work) / "bundle.tar.gz")
        staging = Path(work) / "staging"
        staging.mkdir()
        shutil.unpack_archive(archive, staging, format="gztar")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staging), target)

    current = media_root / "current"
    tmp_link = media_root / "current.new"
    tmp_link.unlink(missing_ok=True)
    tmp_link.symlink_to(target)
    tmp_link.replace(current)
    log.info("media bundle %s installed", version)
    return target
