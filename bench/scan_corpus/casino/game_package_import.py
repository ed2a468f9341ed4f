"""Unpacks certified game packages delivered by the test lab for staging.

Packages are tar.gz archives containing the game math, assets and the lab's
certificate. They are unpacked into a per-package staging directory before the
checksum comparison against the lab certificate.
"""
from __future__ import annotations

import hashlib
import json
import logging
import tarfile
from pathlib import Path

log = logging.getLogger("catalogue.packages")


def unpack_package(archive: Path, staging_root: Path) -> Path:
    dest = staging_root / archive.name.removesuffix(".tar.gz")
    dest.mkdir(parents=True, exist_ok=False)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(path=dest, filter="data")
    return dest


def verify_against_certificate(package_dir: Path) -> list[str]:
    cert = json.loads((package_dir / "certificate.json").read_text())
    mismatches = []
    for rel_path, expected in cert["sha256"].items():
        candidate = (package_dir / rel_path).resolve()
        if not candidate.is_relative_to(package_dir.resolve()) or not candidate.is_file():
            mismatches.append(rel_path)
            continue
        if hashlib.sha256(candidate.read_bytes()).hexdigest() != expected:
            mismatches.append(rel_path)
    return mismatches


def stage(archive: Path, staging_root: Path) -> Path:
    package_dir = unpack_package(archive, staging_root)
    mismatched = verify_against_certificate(package_dir)
    if mismatched:
        raise ValueError(f"{archive.name}: {len(mismatched)} files do not match the lab certificate")
    log.info("staged %s", package_dir)
    return package_dir
