"""Storage for documents members upload (ID scans, company registration, contracts).

Files live under a per-member folder on the document volume and are served back
only to the member who owns them or to community managers.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import BinaryIO

DOCUMENT_ROOT = Path(os.environ.get("MEMBER_DOCS_ROOT", "/srv/member-docs")).resolve()
NAME_PATTERN = re.compile(r"[^A-Za-z0-9._-]+")
MAX_BYTES = 15 * 1024 * 1024


class DocumentError(Exception):
    pass


def member_folder(member_id: int) -> Path:
    folder = DOCUMENT_ROOT / f"m{int(member_id):08d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def resolve_document(member_id: int, name: str) -> Path:
    folder = member_folder(member_id).resolve()
    candidate = (folder / name).resolve()
    if not candidate.is_relative_to(folder):
        raise DocumentError("document outside member folder")
    return candidate


def store_document(member_id: int, original_name: str, stream: BinaryIO) -> Path:
    cleaned = NAME_PATTERN.sub("_", Path(original_name).name).lstrip(".") or "upload"
    target = resolve_document(member_id, cleaned)
    written = 0
    with open(target, "wb") as sink:
        while chunk := stream.read(64 * 1024):
            written += len(chunk)
            if written > MAX_BYTES:
                sink.close()
                target.unlink(missing_ok=True)
                raise DocumentError("document too large")
            sink.write(chunk)
    return target


def read_document(member_id: int, name: str) -> bytes:
    path = resolve_document(member_id, name)
    if not path.is_file():
        raise DocumentError("no such document")
    return path.read_bytes()


def list_documents(member_id: int) -> list[str]:
    return sorted(p.name for p in member_folder(member_id).iterdir() if p.is_file())
