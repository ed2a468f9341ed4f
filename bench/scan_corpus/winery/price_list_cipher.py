"""Encryption of the monthly price list files sent to distributors.

Distributor feeds were Blowfish-encrypted until 2021; every partner has since
moved to the AES-GCM container below (nonce | tag | ciphertext).
"""
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES

TAG_LEN = 16
NONCE_LEN = 12


def _key() -> bytes:
    key = bytes.fromhex(os.environ["PRICELIST_AES_KEY"])
    if len(key) != 32:
        raise RuntimeError("PRICELIST_AES_KEY must be 32 bytes hex")
    return key


def encrypt_price_list(data: bytes, distributor_code: str) -> bytes:
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=os.urandom(NONCE_LEN))
    cipher.update(distributor_code.encode())
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct


def decrypt_price_list(blob: bytes, distributor_code: str) -> bytes:
    nonce, tag, ct = blob[:NONCE_LEN], blob[NONCE_LEN:NONCE_LEN + TAG_LEN], blob[NONCE_LEN + TAG_LEN:]
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=nonce)
    cipher.update(distributor_code.encode())
    return cipher.decrypt_and_verify(ct, tag)


def write_for_distributors(csv_path: Path, codes: list[str], outdir: Path) -> None:
    data = csv_path.read_bytes()
    outdir.mkdir(parents=True, exist_ok=True)
    for code in codes:
        (outdir / f"pricelist_{code}.bin").write_bytes(encrypt_price_list(data, code))
