"""Mirror the federation's published results files and check them against its manifest.

The manifest lists a public SHA-256 for every results file so that mirrors can
detect truncated or corrupted downloads.
"""
from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import requests

log = logging.getLogger("velodrome.results.sync")

FEDERATION_BASE = os.environ.get("FEDERATION_RESULTS_URL", "https://results.federation.example/track")
MIRROR_DIR = Path(os.environ.get("RESULTS_MIRROR_DIR", "/srv/results-mirror"))


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch_manifest(session: requests.Session) -> dict[str, str]:
    resp = session.get(f"{FEDERATION_BASE}/manifest.json", timeout=20)
    resp.raise_for_status()
    return {entry["file_id"]: entry["sha256"] for entry in resp.json()["files"]}


def sync(session: requests.Session) -> int:
    MIRROR_DIR.mkdir(parents=True, exist_ok=True)
    updated = 0
    for file_id, expected in fetch_manifest(session).items():
        if not file_id.isalnum():
            log.warning("skipping odd file id %r", file_id)
            continue
        target = MIRROR_DIR / f"{file_id}.csv"
        if target.exists() and file_sha256(target) == expected:
            continue
        resp = session.get(f"{FEDERATION_BASE}/files/{file_id}.csv", timeout=60)
        resp.raise_for_status()
        tmp = target.with_suffix(".part")
        tmp.write_bytes(resp.content)
        if file_sha256(tmp) != expected:
            tmp.unlink()
            log.error("checksum mismatch for %s, keeping previous copy", file_id)
            continue
        tmp.replace(target)
        updated += 1
    return updated


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with requests.Session() as s:
        print("updated", sync(s), "files")
