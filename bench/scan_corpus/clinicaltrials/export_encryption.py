"""Encrypt sponsor data-transfer packages before they leave the CRO.

Each package (a zip of SAS/XPT datasets) is encrypted with AES-GCM and a
small JSON manifest is written next to it for the sponsor's intake job.
"""
import hashlib
import json
import os
from datetime import datetime, timezone
from pathlib import Path

from Crypto.Cipher import AES

EXPORT_CRYPTO = {
    "key_env": "EXPORT_AES_KEY",
    "nonce": b"ctms-export1",
    "chunk": 1 << 20,
}


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ[EXPORT_CRYPTO["key_env"]])
    if len(key) != 32:
        raise RuntimeError("export key must be 256 bits")
    return key


def encrypt_package(src: Path, dest_dir: Path) -> Path:
    dest = dest_dir / (src.name + ".enc")
    plain_sha = hashlib.sha256()
    cipher = AES.new(_load_key(), AES.MODE_GCM, nonce=EXPORT_CRYPTO["nonce"])
    with src.open("rb") as fin, dest.open("wb") as fout:
        while chunk := fin.read(EXPORT_CRYPTO["chunk"]):
            plain_sha.update(chunk)
            fout.write(cipher.encrypt(chunk))
        fout.write(cipher.digest())

    manifest = {
        "package": dest.name,
        "created": datetime.now(timezone.utc).isoformat(),
        "algorithm": "AES-256-GCM",
        "plaintext_sha256": plain_sha.hexdigest(),
        "size": dest.stat().st_size,
    }
    (dest_dir / (src.name + ".manifest.json")).write_text(json.dumps(manifest, indent=2))
    return dest
