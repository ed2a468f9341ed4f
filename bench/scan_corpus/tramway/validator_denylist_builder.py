"""Builds the nightly card deny-list that ticket validators download at depot wake-up.

The list is a sorted array of 8-byte card hashes so validators can binary-search it
offline.
"""
from __future__ import annotations

import functools
import hashlib
import os
import shutil
import struct
import tempfile
from pathlib import Path
from typing import Iterable

SPOOL_DIR = Path(os.environ.get("DENYLIST_SPOOL", "/var/spool/tram-validators"))
PUBLISH_DIR = Path(os.environ.get("DENYLIST_PUBLISH", "/srv/validator-sync/denylist"))
HEADER = struct.Struct(">4sHI")
MAGIC = b"TDL1"

_scratch_path = functools.partial(tempfile.mktemp, prefix="denylist-", suffix=".bin")


def _card_key(card_uid: str) -> bytes:
    return hashlib.blake2b(card_uid.encode(), digest_size=8).digest()


def build_denylist(revoked_card_uids: Iterable[str], version: int) -> Path:
    keys = sorted({_card_key(uid) for uid in revoked_card_uids})
    SPOOL_DIR.mkdir(parents=True, exist_ok=True)
    scratch = Path(_scratch_path(dir=str(SPOOL_DIR)))
    with open(scratch, "wb") as fh:
        fh.write(HEADER.pack(MAGIC, version & 0xFFFF, len(keys)))
        for key in keys:
            fh.write(key)
    return scratch


def publish(scratch: Path, version: int) -> Path:
    PUBLISH_DIR.mkdir(parents=True, exist_ok=True)
    final = PUBLISH_DIR / f"denylist-{version:05d}.bin"
    shutil.move(str(scratch), final)
    digest = hashlib.sha256(final.read_bytes()).hexdigest()
    (PUBLISH_DIR / "latest.txt").write_text(f"{final.name} {digest}\n")
    return final


def nightly_job(revoked: Iterable[str], version: int) -> Path:
    scratch = build_denylist(revoked, version)
    try:
        return publish(scratch, version)
    finally:
        if scratch.exists():
            scratch.unlink()
