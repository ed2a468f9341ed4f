"""Verify FASTQ deliveries against the md5 manifest shipped by the sequencing provider.

Providers deliver an ``md5sum.txt`` next to the FASTQ files.  We check every
file against it to catch truncated or corrupted transfers, and record a
SHA-256 of each file in our own provenance table.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK = 8 * 1024 * 1024


@dataclass
class FileCheck:
    relative_path: str
    md5_ok: bool
    sha256: str


def file_digests(path: Path) -> tuple[str, str]:
    md5 = hashlib.md5(usedforsecurity=False)
    sha256 = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            md5.update(block)
            sha256.update(block)
    return md5.hexdigest(), sha256.hexdigest()


def read_manifest(manifest: Path) -> dict[str, str]:
    """Parse md5sum-style lines: ``<hex digest>  <relative path>``."""
    entries = {}
    for line in manifest.read_text().splitlines():
        if not line.strip():
            continue
        digest, _, rel = line.partition("  ")
        entries[rel.lstrip("*").strip()] = digest.strip().lower()
    return entries


def verify_delivery(delivery_dir: Path, manifest_name: str = "md5sum.txt") -> list[FileCheck]:
    root = delivery_dir.resolve()
    results = []
    for rel, expected_md5 in read_manifest(root / manifest_name).items():
        target = (root / rel).resolve()
        if not target.is_relative_to(root):
            raise ValueError(f"manifest entry escapes delivery folder: {rel!r}")
        md5_hex, sha_hex = file_digests(target)
        ok = md5_hex == expected_md5
        if not ok:
            log.error("md5 mismatch for %s", rel)
        results.append(FileCheck(rel, ok, sha_hex))
    return results
