"""Checks photopolymer plate files returned by the platemaker against their published manifest."""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger("plates.delivery")

MANIFEST_VERSION = 2


@dataclass
class PlateFile:
    job_ref: str
    name: str
    sha256: str
    size: int


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            h.update(block)
    return h.hexdigest()


def fetch_manifest(url: str) -> list[PlateFile]:
    resp = requests.get(url, timeout=20)
    resp.raise_for_status()
    doc = resp.json()
    if doc.get("version") != MANIFEST_VERSION:
        raise ValueError(f"unsupported manifest version {doc.get('version')}")
    return [PlateFile(**entry) for entry in doc["files"]]


def verify_delivery(folder: Path, manifest: list[PlateFile]) -> dict[str, str]:
    """Return file name -> problem for every plate that doesn't match the manifest."""
    problems: dict[str, str] = {}
    for entry in manifest:
        local = folder / Path(entry.name).name
        if not local.is_file():
            problems[entry.name] = "missing"
            continue
        if local.stat().st_size != entry.size:
            problems[entry.name] = "size mismatch"
        elif sha256_of(local) == entry.sha256.lower():
            log.debug("plate %s for %s ok", entry.name, entry.job_ref)
        else:
            problems[entry.name] = "checksum mismatch"
    return problems


if __name__ == "__main__":
    import sys

    folder, url = Path(sys.argv[1]), sys.argv[2]
    issues = verify_delivery(folder, fetch_manifest(url))
    print(json.dumps(issues, indent=2) if issues else "all plates match")
    sys.exit(1 if issues else 0)
