"""Encryption of extracts exchanged with the LIMS vendor.

The vendor switched from their old Blowfish-based share format to
AES-256-GCM in 2023; only the GCM format is accepted now.
"""
import json
import os

from Crypto.Cipher import AES as _AES

MAGIC = b"LIMS2"


def _key() -> bytes:
    key = bytes.fromhex(os.environ["LIMS_SHARE_KEY_HEX"])
    if len(key) != 32:
        raise RuntimeError("LIMS_SHARE_KEY_HEX must be 256 bits")
    return key


def seal(payload: dict, extract_name: str) -> bytes:
    cipher = _AES.new(_key(), _AES.MODE_GCM)
    cipher.update(extract_name.encode())
    ciphertext, tag = cipher.encrypt_and_digest(json.dumps(payload).encode())
    return MAGIC + cipher.nonce + tag + ciphertext


def open_sealed(blob: bytes, extract_name: str) -> dict:
    if not blob.startswith(MAGIC):
        raise ValueError("unsupported extract format")
    body = blob[len(MAGIC):]
    nonce, tag, ciphertext = body[:16], body[16:32], body[32:]
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=nonce)
    cipher.update(extract_name.encode())
    return json.loads(cipher.decrypt_and_verify(ciphertext, tag))
