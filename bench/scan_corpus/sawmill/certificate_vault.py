"""Encrypted storage for supplier FSC/PEFC certificate scans.

Blobs are AES-256-GCM: a fresh nonce per file, stored alongside the
ciphertext and tag. The file name is bound in as associated data so a blob
cannot be swapped for another supplier's certificate unnoticed.
"""
import os
import struct
from pathlib import Path

from Crypto.Cipher import AES

MAGIC = b"CV1"


def _key() -> bytes:
    key = bytes.fromhex(os.environ["CERT_VAULT_KEY"])
    if len(key) != 32:
        raise ValueError("CERT_VAULT_KEY must be 32 bytes of hex")
    return key


def encrypt_blob(plaintext: bytes, name: str) -> bytes:
    cipher = AES.new(_key(), AES.MODE_GCM)
    cipher.update(name.encode("utf-8"))
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    return MAGIC + struct.pack(">B", len(cipher.nonce)) + cipher.nonce + tag + ciphertext


def decrypt_blob(blob: bytes, name: str) -> bytes:
    if not blob.startswith(MAGIC):
        raise ValueError("not a vault blob")
    nlen = blob[len(MAGIC)]
    offset = len(MAGIC) + 1
    nonce = blob[offset:offset + nlen]
    tag = blob[offset + nlen:offset + nlen + 16]
    ciphertext = blob[offset + nlen + 16:]
    cipher = AES.new(_key(), AES.MODE_GCM, nonce=nonce)
    cipher.update(name.encode("utf-8"))
    return cipher.decrypt_and_verify(ciphertext, tag)


def store(scan: Path, vault_dir: Path) -> Path:
    out = vault_dir / f"{scan.stem}.cv"
    out.write_bytes(encrypt_blob(scan.read_bytes(), scan.stem))
    return out
