"""Nightly backup of a remote station's configuration bundle to the heritage trust archive."""
from __future__ import annotations

import hashlib
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger("station.backup")

STATION_ROOT = Path("/etc/lighthouse")
BUNDLE_MEMBERS = ("station.toml", "lamp_schedule.yaml", "agents.yaml", ".env")


@dataclass
class ArchiveTarget:
    url: str
    bearer: str

    @classmethod
    def from_env(cls) -> "ArchiveTarget":
        return cls(url=os.environ["ARCHIVE_URL"], bearer=os.environ["ARCHIVE_TOKEN"])


def collect_bundle(root: Path = STATION_ROOT) -> dict[str, tuple[str, bytes, str]]:
    files: dict[str, tuple[str, bytes, str]] = {}
    for name in BUNDLE_MEMBERS:
        path = root / name
        if path.is_file():
            files[name] = (name, path.read_bytes(), "text/plain")
    return files


def bundle_digest(files: dict[str, tuple[str, bytes, str]]) -> str:
    h = hashlib.sha256()
    for name in sorted(files):
        h.update(name.encode())
        h.update(files[name][1])
    return h.hexdigest()


def upload(target: ArchiveTarget) -> None:
    files = collect_bundle()
    if not files:
        log.warning("nothing to back up under %s", STATION_ROOT)
        return
    resp = requests.post(
        f"{target.url}/stations/{socket.gethostname()}/config",
        files=files,
        data={"digest": bundle_digest(files)},
        headers={"Authorization": f"Bearer {target.bearer}"},
        timeout=60,
    )
    resp.raise_for_status()
    log.info("uploaded %d config files (%s)", len(files), resp.json().get("version"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    upload(ArchiveTarget.from_env())
