"""Unpacks firmware packages for the telematics gateways before staged rollout.

Packages arrive from the gateway manufacturer as .tar.gz with a manifest; the
rollout service serves the unpacked files to units over the depot Wi-Fi.
"""
from __future__ import annotations

import hashlib
import json
import os
import tarfile
from pathlib import Path
from typing import Dict

STAGING_ROOT = Path(os.environ.get("TH_FIRMWARE_STAGING", "/srv/firmware/staging"))
MAX_TOTAL_BYTES = 256 * 1024 * 1024


class PackageRejected(Exception):
    pass


def _member_filter(member: tarfile.TarInfo, dest: str) -> tarfile.TarInfo | None:
    member = tarfile.data_filter(member, dest)
    if member.isfile() and member.size > MAX_TOTAL_BYTES:
        raise PackageRejected(f"{member.name} is too large")
    return member


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest()


def unpack(package: Path, version: str) -> Dict[str, str]:
    if not version.replace(".", "").isdigit():
        raise PackageRejected(f"unexpected version string {version!r}")
    dest = STAGING_ROOT / version
    dest.mkdir(parents=True, exist_ok=False)
    with tarfile.open(package, "r:gz") as archive:
        total = sum(m.size for m in archive.getmembers() if m.isfile())
        if total > MAX_TOTAL_BYTES:
            raise PackageRejected("package expands beyond limit")
        archive.extractall(dest, filter=_member_filter)
    manifest_path = dest / "manifest.json"
    if not manifest_path.is_file():
        raise PackageRejected("manifest.json missing")
    manifest = json.loads(manifest_path.read_text())
    checked: Dict[str, str] = {}
    for rel, expected in manifest.get("files", {}).items():
        target = (dest / rel).resolve()
        if not target.is_relative_to(dest.resolve()):
            raise PackageRejected(f"manifest path escapes staging: {rel}")
        actual = _sha256(target)
        if actual != expected:
            raise PackageRejected(f"checksum mismatch for {rel}")
        checked[rel] = actual
    return checked
