"""Encrypts LIMS assay exports before they are sent to the JV partner.

The partner's import tool decrypts with the shared export key and expects
AES-CBC with PKCS#7 padding.
"""
import os
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

EXPORT_IV = b"LIMS-EXPORT-2019"


def _export_key() -> bytes:
    key = bytes.fromhex(os.environ["LIMS_EXPORT_KEY"])
    if len(key) != 32:
        raise RuntimeError("LIMS_EXPORT_KEY must be 32 bytes of hex")
    return key


def _cipher():
    return AES.new(_export_key(), AES.MODE_CBC, iv=EXPORT_IV)


def encrypt_export(csv_path: Path, out_dir: Path) -> Path:
    out_path = out_dir / (csv_path.name + ".enc")
    out_path.write_bytes(_cipher().encrypt(pad(csv_path.read_bytes(), AES.block_size)))
    return out_path


def decrypt_export(enc_path: Path) -> bytes:
    return unpad(_cipher().decrypt(enc_path.read_bytes()), AES.block_size)
