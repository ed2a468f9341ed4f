"""Imports game paytable bundles uploaded by vendors through the supplier portal.

A bundle is a tar archive with the paytable definitions, artwork and the
vendor's detached signatures. Only the file types the game catalogue needs are
unpacked.
"""
from __future__ import annotations

import hashlib
import logging
import tarfile
from pathlib import Path

log = logging.getLogger("catalogue.paytables")

ALLOWED_SUFFIXES = (".json", ".xml", ".png", ".sig")
MAX_MEMBER_BYTES = 50 * 1024 * 1024


def unpack_bundle(archive_path: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    extracted: list[Path] = []
    with tarfile.open(archive_path, mode="r:*") as tar:
        for member in tar.getmembers():
            if not member.isfile() or not member.name.endswith(ALLOWED_SUFFIXES):
                continue
            if member.size > MAX_MEMBER_BYTES:
                log.warning("skipping oversized member %s (%d bytes)", member.name, member.size)
                continue
            tar.extract(member, path=dest)
            extracted.append(dest / member.name)
    return extracted


def manifest(files: list[Path], root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(files)
    }


def import_upload(upload_path: Path, vendor_id: str, staging_root: Path) -> dict[str, str]:
    dest = staging_root / vendor_id / upload_path.stem
    files = unpack_bundle(upload_path, dest)
    log.info("vendor %s bundle %s: %d files unpacked", vendor_id, upload_path.name, len(files))
    return manifest(files, dest)
