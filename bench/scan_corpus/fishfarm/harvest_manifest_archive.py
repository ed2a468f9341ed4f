"""Imports harvest document packs from the well-boat operator.

After each trip the well-boat operator sends a tar.gz with the loading
log, oxygen log during transport and the mortality count sheet. The pack
is unpacked into the batch's document folder.
"""
from __future__ import annotations

import tarfile
from pathlib import Path
from typing import BinaryIO, List

DOC_ROOT = Path("/srv/harvest/documents")
ALLOWED_SUFFIXES = {".csv", ".pdf", ".json", ".txt"}
MAX_MEMBER_BYTES = 50 * 1024 * 1024


def _documents_only(member: tarfile.TarInfo, dest: str) -> tarfile.TarInfo | None:
    member = tarfile.data_filter(member, dest)
    if not member.isfile():
        return None
    if Path(member.name).suffix.lower() not in ALLOWED_SUFFIXES:
        return None
    if member.size > MAX_MEMBER_BYTES:
        raise tarfile.FilterError(member)
    return member


def import_pack(fileobj: BinaryIO, batch_id: str) -> List[Path]:
    dest = DOC_ROOT / batch_id
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=fileobj, mode="r:gz") as tar:
        tar.extractall(path=dest, filter=_documents_only)
    return sorted(p for p in dest.rglob("*") if p.is_file())


def summary(batch_id: str) -> dict:
    dest = DOC_ROOT / batch_id
    files = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file())
    return {
        "batch": batch_id,
        "documents": files,
        "has_oxygen_log": any("oxygen" in f for f in files),
        "has_mortality_sheet": any("mortality" in f for f in files),
    }
