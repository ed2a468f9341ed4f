"""Nightly backup of PLC and drive programs from the concentrator.

Programs are collected from the engineering workstation share, sealed with
ChaCha20-Poly1305 and copied to the backup NAS. The relative path of each
program is bound into the ciphertext as associated data, so a file renamed on
the NAS fails to open instead of restoring over the wrong program.
"""
from __future__ import annotations

import base64
import json
import logging
import os
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

log = logging.getLogger("plc_backup")

PROGRAM_SUFFIXES = {".acd", ".l5x", ".ap15", ".zap16", ".dcf"}
NONCE_LEN = 12


def _aead() -> ChaCha20Poly1305:
    return ChaCha20Poly1305(base64.b64decode(os.environ["PLC_BACKUP_KEY_B64"]))


def seal_program(data: bytes, rel: str, aead: ChaCha20Poly1305) -> bytes:
    nonce = os.urandom(NONCE_LEN)
    return nonce + aead.encrypt(nonce, data, rel.encode("utf-8"))


def open_program(blob: bytes, rel: str, aead: ChaCha20Poly1305) -> bytes:
    return aead.decrypt(blob[:NONCE_LEN], blob[NONCE_LEN:], rel.encode("utf-8"))


def find_programs(share: Path) -> list[Path]:
    return sorted(p for p in share.rglob("*") if p.suffix.lower() in PROGRAM_SUFFIXES)


def _stored_name(rel: str) -> str:
    return rel.replace("/", "__") + ".sealed"


def run_backup(share: Path, nas_root: Path, run_date: date | None = None) -> Path:
    target = nas_root / (run_date or date.today()).isoformat()
    target.mkdir(parents=True, exist_ok=True)
    aead = _aead()
    index = []
    for program in find_programs(share):
        rel = program.relative_to(share).as_posix()
        data = program.read_bytes()
        (target / _stored_name(rel)).write_bytes(seal_program(data, rel, aead))
        index.append({"path": rel, "size": len(data), "mtime": program.stat().st_mtime})
        log.info("sealed %s (%d bytes)", rel, len(data))
    (target / "index.json").write_text(json.dumps(index, indent=2))
    return target


def restore_program(backup_dir: Path, rel: str, dest: Path) -> Path:
    index = {entry["path"] for entry in json.loads((backup_dir / "index.json").read_text())}
    if rel not in index:
        raise KeyError(f"{rel} is not in this backup")
    blob = (backup_dir / _stored_name(rel)).read_bytes()
    out = dest / Path(rel).name
    out.write_bytes(open_program(blob, rel, _aead()))
    return out
