"""Seal outbound transfer manifests for partner institutions.

The partner key is a Fernet key shared out-of-band when the data use agreement
is signed. Fernet gives us AES-CBC with an HMAC and a timestamp, which the
receiving side uses to reject stale manifests.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

MAX_MANIFEST_AGE_SECONDS = 7 * 24 * 3600


def _fernet() -> Fernet:
    return Fernet(os.environ["PARTNER_TRANSFER_KEY"].encode("ascii"))


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def build_manifest(dataset_root: Path) -> dict:
    files = []
    for path in sorted(p for p in dataset_root.rglob("*") if p.is_file()):
        files.append(
            {
                "path": path.relative_to(dataset_root).as_posix(),
                "size": path.stat().st_size,
                "sha256": _sha256(path),
            }
        )
    return {"dataset": dataset_root.name, "files": files}


def seal_manifest(manifest: dict) -> bytes:
    return _fernet().encrypt(json.dumps(manifest, sort_keys=True).encode("utf-8"))


def open_manifest(token: bytes) -> dict:
    try:
        body = _fernet().decrypt(token, ttl=MAX_MANIFEST_AGE_SECONDS)
    except InvalidToken as exc:
        raise ValueError("manifest is corrupt, expired, or sealed with another key") from exc
    return json.loads(body)
