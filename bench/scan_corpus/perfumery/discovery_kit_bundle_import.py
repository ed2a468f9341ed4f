"""Imports discovery-kit artwork bundles delivered by the design agency as .tar.gz.

A bundle holds the box artwork, vial labels and insert leaflets for one
seasonal discovery kit; it is unpacked into the packaging asset store.
"""
from __future__ import annotations

import logging
import tarfile
from pathlib import Path

log = logging.getLogger("packaging.assets")

ALLOWED_EXTENSIONS = {".pdf", ".ai", ".svg", ".png", ".json"}
MAX_MEMBER_BYTES = 200 * 1024 * 1024


def _accept(member: tarfile.TarInfo, dest: Path) -> bool:
    if not (member.isfile() or member.isdir()):
        return False
    target = (dest / member.name).resolve()
    if not target.is_relative_to(dest):
        return False
    if member.isfile():
        return Path(member.name).suffix.lower() in ALLOWED_EXTENSIONS and member.size <= MAX_MEMBER_BYTES
    return True


def import_bundle(bundle: Path, asset_store: Path, kit_code: str) -> list[str]:
    dest = (asset_store / kit_code).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, mode="r:gz") as tar:
        members = [m for m in tar.getmembers() if _accept(m, dest)]
        skipped = len(tar.getmembers()) - len(members)
        tar.extractall(path=dest, members=members, filter="data")
    if skipped:
        log.warning("kit %s: skipped %d archive entries", kit_code, skipped)
    return [m.name for m in members if m.isfile()]
