"""Unpacks customs document bundles (carnets, packing lists) received from the freight agent."""
from __future__ import annotations

import logging
import os
import tarfile
from pathlib import Path
from typing import List

log = logging.getLogger("logistics.docs")

DOCS_ROOT = Path(os.environ.get("FREIGHT_DOCS_ROOT", "/srv/logistics/docs"))
MAX_MEMBER_BYTES = 50 * 1024 * 1024
ALLOWED_SUFFIXES = (".pdf", ".xml", ".csv", ".txt")


def _members(bundle: tarfile.TarFile) -> List[tarfile.TarInfo]:
    chosen: List[tarfile.TarInfo] = []
    for member in bundle.getmembers():
        if not member.isfile():
            continue
        if member.size > MAX_MEMBER_BYTES:
            log.warning("skipping oversized member %s (%d bytes)", member.name, member.size)
            continue
        if not member.name.lower().endswith(ALLOWED_SUFFIXES):
            continue
        chosen.append(member)
    return chosen


def unpack_bundle(bundle_path: Path, event_code: str) -> List[Path]:
    """Extract the document bundle for one event into its own folder."""
    destination = (DOCS_ROOT / event_code).resolve()
    destination.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle_path, mode="r:*") as bundle:
        members = _members(bundle)
        bundle.extractall(path=destination, members=members, filter="data")
    extracted = [destination / m.name for m in members]
    log.info("event %s: extracted %d documents from %s", event_code, len(extracted), bundle_path.name)
    return extracted


def carnet_numbers(paths: List[Path]) -> List[str]:
    """ATA carnet numbers are encoded in the file name, e.g. carnet_GB123456.pdf."""
    return sorted(
        p.stem.split("_", 1)[1] for p in paths
        if p.stem.startswith("carnet_") and "_" in p.stem
    )
