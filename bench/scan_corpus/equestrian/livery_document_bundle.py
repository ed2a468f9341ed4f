"""Unpacks document bundles sent by new livery clients.

New clients upload a tarball holding their horse's passport scans, insurance
certificate and vaccination records; files are unpacked into the client folder.
"""

from __future__ import annotations

import os
import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, List

DOCUMENT_ROOT = Path(os.environ.get("LIVERY_DOCUMENT_ROOT", "/srv/yard/livery-docs"))
ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}
MAX_MEMBER_BYTES = 25 * 1024 * 1024


@dataclass
class BundleResult:
    client_id: int
    extracted: List[str] = field(default_factory=list)
    rejected: List[str] = field(default_factory=list)


def _acceptable(member: tarfile.TarInfo, dest: Path) -> bool:
    if not member.isfile() or member.size > MAX_MEMBER_BYTES:
        return False
    if Path(member.name).suffix.lower() not in ALLOWED_SUFFIXES:
        return False
    target = (dest / member.name).resolve()
    return target.is_relative_to(dest)


def unpack_bundle(client_id: int, upload: IO[bytes]) -> BundleResult:
    dest = (DOCUMENT_ROOT / f"client-{client_id}").resolve()
    dest.mkdir(parents=True, exist_ok=True)
    result = BundleResult(client_id)
    with tarfile.open(fileobj=upload, mode="r:*") as bundle:
        accepted = []
        for member in bundle.getmembers():
            if _acceptable(member, dest):
                accepted.append(member)
                result.extracted.append(member.name)
            else:
                result.rejected.append(member.name)
        bundle.extractall(path=dest, members=accepted, filter="data")
    return result


def client_documents(client_id: int) -> List[str]:
    folder = DOCUMENT_ROOT / f"client-{client_id}"
    if not folder.is_dir():
        return []
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
