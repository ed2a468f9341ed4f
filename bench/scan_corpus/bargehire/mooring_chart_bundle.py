"""Refresh of the offline mooring chart bundle shipped to the boat tablets.

The canal trust publishes a zip of mooring charts, stoppage notices and lock
diagrams each week. The job downloads the archive, unpacks it into a new
versioned folder and then flips the ``current`` symlink the tablet sync
service serves from.
"""
from __future__ import annotations

import hashlib
import io
import logging
import os
import zipfile
from datetime import datetime, timezone

import requests

log = logging.getLogger("chart_bundle")

BUNDLE_URL = os.environ.get("CHART_BUNDLE_URL", "https://data.example-canaltrust.org/charts/latest.zip")
CHART_ROOT = "/srv/bargehire/charts"
MAX_BUNDLE_BYTES = 200 * 1024 * 1024


def download_bundle(url: str = BUNDLE_URL) -> bytes:
    with requests.get(url, timeout=60, stream=True) as resp:
        resp.raise_for_status()
        buf = io.BytesIO()
        for chunk in resp.iter_content(chunk_size=1 << 16):
            buf.write(chunk)
            if buf.tell() > MAX_BUNDLE_BYTES:
                raise ValueError("chart bundle too large")
    return buf.getvalue()


def unpack(data: bytes, dest: str) -> int:
    os.makedirs(dest, exist_ok=True)
    count = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in archive.infolist():
            if member.is_dir():
                continue
            target = os.path.join(dest, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with archive.open(member) as src, open(target, "wb") as out:
                out.write(src.read())
            count += 1
    return count


def publish(version_dir: str) -> None:
    link = os.path.join(CHART_ROOT, "current")
    tmp_link = link + ".new"
    if os.path.lexists(tmp_link):
        os.remove(tmp_link)
    os.symlink(version_dir, tmp_link)
    os.replace(tmp_link, link)


def refresh() -> str:
    data = download_bundle()
    digest = hashlib.sha256(data).hexdigest()[:12]
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d")
    version_dir = os.path.join(CHART_ROOT, f"{stamp}-{digest}")
    if os.path.isdir(version_dir):
        log.info("chart bundle %s already unpacked", digest)
        return version_dir
    files = unpack(data, version_dir)
    publish(version_dir)
    log.info("published chart bundle %s with %d files", digest, files)
    return version_dir


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    refresh()
