"""Seals LIMS assay exports for transfer to the JV partner.

Format: b"AX2" | nonce (12) | tag (16) | ciphertext. The partner's import tool
moved to this format with the 2023 data-sharing agreement.
"""
import os
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

MAGIC = b"AX2"
NONCE_LEN = 12
TAG_LEN = 16


def _export_key() -> bytes:
    key = bytes.fromhex(os.environ["LIMS_EXPORT_KEY"])
    if len(key) != 32:
        raise RuntimeError("LIMS_EXPORT_KEY must be 32 bytes of hex")
    return key


def seal_export(csv_path: Path, out_dir: Path) -> Path:
    nonce = get_random_bytes(NONCE_LEN)
    cipher = AES.new(_export_key(), AES.MODE_GCM, nonce=nonce)
    cipher.update(MAGIC + csv_path.name.encode("utf-8"))
    ciphertext, tag = cipher.encrypt_and_digest(csv_path.read_bytes())
    out_path = out_dir / (csv_path.name + ".ax2")
    out_path.write_bytes(MAGIC + nonce + tag + ciphertext)
    return out_path


def open_export(enc_path: Path) -> bytes:
    blob = enc_path.read_bytes()
    if not blob.startswith(MAGIC):
        raise ValueError("not an AX2 export")
    body = blob[len(MAGIC):]
    nonce, tag, ciphertext = body[:NONCE_LEN], body[NONCE_LEN:NONCE_LEN + TAG_LEN], body[NONCE_LEN + TAG_LEN:]
    cipher = AES.new(_export_key(), AES.MODE_GCM, nonce=nonce)
    cipher.update(MAGIC + enc_path.name.removesuffix(".ax2").encode("utf-8"))
    return cipher.decrypt_and_verify(ciphertext, tag)
