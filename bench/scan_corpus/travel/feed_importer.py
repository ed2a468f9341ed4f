"""Download and unpack nightly content feeds from hotel wholesalers.

Each wholesaler publishes a gzipped tarball of static hotel content
(descriptions, images, amenities) at a URL configured per partner.
"""
import logging
import pathlib
import shutil
import tarfile
import tempfile

import requests

log = logging.getLogger(__name__)

CHUNK = 1 << 20


def download(url: str, token: str, dest: pathlib.Path) -> pathlib.Path:
    archive = dest / "feed.tar.gz"
    with requests.get(url, headers={"Authorization": f"Bearer {token}"}, stream=True, timeout=120) as resp:
        resp.raise_for_status()
        with archive.open("wb") as fh:
            for chunk in resp.iter_content(CHUNK):
                fh.write(chunk)
    return archive


def unpack(archive: pathlib.Path, target: pathlib.Path) -> list[str]:
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        names = tar.getnames()
        tar.extractall(target)
    return names


def import_feed(partner: dict, content_root: pathlib.Path) -> int:
    target = content_root / partner["slug"]
    with tempfile.TemporaryDirectory(prefix="feed-") as tmp:
        archive = download(partner["feed_url"], partner["token"], pathlib.Path(tmp))
        staging = pathlib.Path(tmp) / "staging"
        names = unpack(archive, staging)
        if target.exists():
            shutil.rmtree(target)
        shutil.move(str(staging), target)
    log.info("Imported %d files for %s", len(names), partner["slug"])
    return len(names)
