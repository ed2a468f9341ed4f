"""Nightly backup of PLC programs from the process plant.

Programs are pulled from the engineering workstation share, encrypted and
copied to the backup NAS. A manifest records the SHA-256 of every plaintext
program so a restore can be checked against it.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from datetime import date
from pathlib import Path

from Crypto.Cipher import Blowfish as _BF
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger("plc_backup")

PROGRAM_SUFFIXES = {".acd", ".l5x", ".ap15", ".zap16"}
BLOCK = 8


def _vault_key() -> bytes:
    return bytes.fromhex(os.environ["PLC_BACKUP_KEY"])


def _cipher(key: bytes, iv: bytes):
    return _BF.new(key, _BF.MODE_CBC, iv)


def encrypt_program(data: bytes, key: bytes) -> bytes:
    iv = get_random_bytes(BLOCK)
    return iv + _cipher(key, iv).encrypt(pad(data, BLOCK))


def decrypt_program(blob: bytes, key: bytes) -> bytes:
    return unpad(_cipher(key, blob[:BLOCK]).decrypt(blob[BLOCK:]), BLOCK)


def find_programs(share: Path) -> list[Path]:
    return sorted(p for p in share.rglob("*") if p.suffix.lower() in PROGRAM_SUFFIXES)


def run_backup(share: Path, nas_root: Path, run_date: date | None = None) -> Path:
    run_date = run_date or date.today()
    target = nas_root / run_date.isoformat()
    target.mkdir(parents=True, exist_ok=True)
    key = _vault_key()
    manifest = {}
    for program in find_programs(share):
        data = program.read_bytes()
        rel = program.relative_to(share).as_posix()
        manifest[rel] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        (target / (rel.replace("/", "__") + ".bak")).write_bytes(encrypt_program(data, key))
        log.info("backed up %s (%d bytes)", rel, len(data))
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True))
    log.info("backup of %d programs written to %s", len(manifest), target)
    return target


def restore_program(backup_dir: Path, rel: str, dest: Path) -> Path:
    manifest = json.loads((backup_dir / "manifest.json").read_text())
    if rel not in manifest:
        raise KeyError(f"{rel} is not in the backup manifest")
    blob = (backup_dir / (rel.replace("/", "__") + ".bak")).read_bytes()
    out = dest / Path(rel).name
    out.write_bytes(decrypt_program(blob, _vault_key()))
    return out
