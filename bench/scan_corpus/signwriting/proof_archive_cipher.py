"""Encrypt approved proofs before they are archived to cold storage.

Approved proofs carry customer branding that is often under embargo until
the sign goes up, so the archive copy is encrypted with the workshop key.
"""
from __future__ import annotations

import base64
import os
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["PROOF_ARCHIVE_KEY"])
    if len(key) != 32:
        raise RuntimeError("PROOF_ARCHIVE_KEY must decode to 32 bytes")
    return key


class ProofArchiveCipher:
    def __init__(self, key: bytes | None = None) -> None:
        self.key = key or _load_key()

    def encrypt(self, plaintext: bytes) -> bytes:
        cipher = AES.new(self.key, AES.MODE_ECB)
        return cipher.encrypt(pad(plaintext, AES.block_size))

    def decrypt(self, ciphertext: bytes) -> bytes:
        cipher = AES.new(self.key, AES.MODE_ECB)
        return unpad(cipher.decrypt(ciphertext), AES.block_size)


def archive_proof(proof_pdf: Path, archive_dir: Path) -> Path:
    cipher = ProofArchiveCipher()
    archive_dir.mkdir(parents=True, exist_ok=True)
    target = archive_dir / (proof_pdf.stem + ".pdf.enc")
    target.write_bytes(cipher.encrypt(proof_pdf.read_bytes()))
    return target


def restore_proof(archived: Path, out_dir: Path) -> Path:
    cipher = ProofArchiveCipher()
    out_dir.mkdir(parents=True, exist_ok=True)
    name = archived.name.removesuffix(".enc")
    target = out_dir / name
    target.write_bytes(cipher.decrypt(archived.read_bytes()))
    return target
