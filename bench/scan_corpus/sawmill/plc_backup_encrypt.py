"""Encrypt PLC program backups before they are copied offsite.

The maintenance laptop exports project archives from the trimmer, edger and
stacker PLCs after every change. Archives contain recipe data and network
settings, so they are encrypted with ChaCha20-Poly1305 before upload.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

FORMAT_TAG = b"PLCB\x02"
NONCE_LEN = 12


def _key_from_env() -> bytes:
    key = bytes.fromhex(os.environ["PLC_BACKUP_KEY"])
    if len(key) != 32:
        raise SystemExit("PLC_BACKUP_KEY must be 64 hex characters")
    return key


def encrypt_archive(src: Path, dest_dir: Path, key: bytes) -> Path:
    nonce = os.urandom(NONCE_LEN)
    aad = FORMAT_TAG + src.name.encode("utf-8")
    sealed = ChaCha20Poly1305(key).encrypt(nonce, src.read_bytes(), aad)
    out = dest_dir / (src.name + ".plcb")
    out.write_bytes(FORMAT_TAG + nonce + sealed)
    return out


def decrypt_archive(path: Path, key: bytes) -> bytes:
    blob = path.read_bytes()
    if not blob.startswith(FORMAT_TAG):
        raise ValueError(f"{path} is not a PLC backup")
    nonce = blob[len(FORMAT_TAG):len(FORMAT_TAG) + NONCE_LEN]
    original_name = path.name.removesuffix(".plcb")
    return ChaCha20Poly1305(key).decrypt(nonce, blob[len(FORMAT_TAG) + NONCE_LEN:], FORMAT_TAG + original_name.encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("archives", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    key = _key_from_env()
    args.out.mkdir(parents=True, exist_ok=True)
    for archive in args.archives:
        print(f"{archive.name} -> {encrypt_archive(archive, args.out, key).name}")


if __name__ == "__main__":
    main()
