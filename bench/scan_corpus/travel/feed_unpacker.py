"""Unpacks hotel wholesaler static-content feeds into the content store."""
import logging
import pathlib
import shutil
import tarfile
import tempfile

import requests

log = logging.getLogger(__name__)


def fetch_archive(url: str, token: str, workdir: pathlib.Path) -> pathlib.Path:
    path = workdir / "content.tar.gz"
    with requests.get(url, headers={"Authorization": f"Bearer {token}"}, stream=True, timeout=120) as resp:
        resp.raise_for_status()
        with path.open("wb") as fh:
            shutil.copyfileobj(resp.raw, fh)
    return path


def extract(archive: pathlib.Path, target: pathlib.Path) -> int:
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        members = [m for m in tar.getmembers() if m.isfile() or m.isdir()]
        tar.extractall(target, members=members, filter="data")
    return len(members)


def refresh_partner_content(partner: dict, content_root: pathlib.Path) -> int:
    destination = content_root / partner["slug"]
    with tempfile.TemporaryDirectory(prefix="content-") as tmp:
        workdir = pathlib.Path(tmp)
        archive = fetch_archive(partner["feed_url"], partner["token"], workdir)
        staging = workdir / "staging"
        count = extract(archive, staging)
        if destination.exists():
            shutil.rmtree(destination)
        shutil.move(str(staging), destination)
    log.info("Refreshed %d content entries for %s", count, partner["slug"])
    return count
