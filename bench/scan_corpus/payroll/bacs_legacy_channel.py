"""Payment file encryption for the legacy bureau channel.

A handful of older bank bureaus still expect the payload in this format:
8-byte IV followed by the ciphertext, base64 encoded, one file per run.
"""
import base64
import os
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


def _bureau_key(bureau_code: str) -> bytes:
    key_hex = os.environ[f"BUREAU_{bureau_code.upper()}_KEY"]
    return DES3.adjust_key_parity(bytes.fromhex(key_hex))


def encrypt_for_bureau(bureau_code: str, payment_file: Path) -> bytes:
    key = _bureau_key(bureau_code)
    iv = get_random_bytes(DES3.block_size)
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    ciphertext = cipher.encrypt(pad(payment_file.read_bytes(), DES3.block_size))
    return base64.b64encode(iv + ciphertext)


def write_bureau_file(bureau_code: str, payment_file: Path, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{payment_file.stem}.{bureau_code.lower()}.b64"
    target.write_bytes(encrypt_for_bureau(bureau_code, payment_file))
    return target
