"""Pushes firmware bundles to the sock knitting machine controllers.

The machine vendor publishes a manifest with the SHA-256 of every bundle on
its download page; we check the bundle we fetched against it before staging.
"""
import hashlib
import json
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger("hosier.firmware")

STAGING = Path("/srv/hosier/firmware/staging")


@dataclass
class Bundle:
    model: str
    version: str
    url: str
    sha256: str


def load_manifest(manifest_url: str) -> list[Bundle]:
    resp = requests.get(manifest_url, timeout=20)
    resp.raise_for_status()
    return [Bundle(**b) for b in resp.json()["bundles"]]


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def stage(bundle: Bundle, current_version: str) -> Path | None:
    if bundle.version == current_version:
        log.info("%s already on %s", bundle.model, bundle.version)
        return None
    target = STAGING / bundle.model / f"{bundle.version}.bin"
    target.parent.mkdir(parents=True, exist_ok=True)
    with requests.get(bundle.url, stream=True, timeout=60) as r, target.open("wb") as out:
        r.raise_for_status()
        shutil.copyfileobj(r.raw, out)
    digest = file_sha256(target)
    if digest != bundle.sha256.lower():
        target.unlink()
        raise ValueError(f"checksum mismatch for {bundle.model} {bundle.version}")
    (target.parent / "current.json").write_text(json.dumps({"version": bundle.version, "sha256": digest}))
    log.info("staged %s %s", bundle.model, bundle.version)
    return target
