"""Encrypt the nightly order export before it is copied off-site.

The export (CSV of orders, engraving text and delivery addresses) is
written by the reporting job; this wraps it in AES-256-CBC with an
HMAC-SHA256 tag so the backup provider only ever holds ciphertext.
"""
import hashlib
import hmac
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

MAGIC = b"PWX1"
IV_LEN = 16
TAG_LEN = 32


def load_keys(path: Path) -> tuple[bytes, bytes]:
    material = path.read_bytes()
    if len(material) != 64:
        raise ValueError(f"{path} must hold exactly 64 bytes of key material")
    return material[:32], material[32:]


def encrypt_export(plain: bytes, enc_key: bytes, mac_key: bytes) -> bytes:
    iv = os.urandom(IV_LEN)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plain) + padder.finalize()
    enc = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    body = MAGIC + iv + enc.update(padded) + enc.finalize()
    return body + hmac.new(mac_key, body, hashlib.sha256).digest()


def decrypt_export(blob: bytes, enc_key: bytes, mac_key: bytes) -> bytes:
    body, tag = blob[:-TAG_LEN], blob[-TAG_LEN:]
    if not hmac.compare_digest(tag, hmac.new(mac_key, body, hashlib.sha256).digest()):
        raise ValueError("export failed authentication")
    if body[:4] != MAGIC:
        raise ValueError("not an order export archive")
    iv, ct = body[4 : 4 + IV_LEN], body[4 + IV_LEN :]
    dec = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).decryptor()
    padded = dec.update(ct) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: order_export_encryption.py KEYFILE EXPORT.csv", file=sys.stderr)
        return 2
    enc_key, mac_key = load_keys(Path(argv[1]))
    source = Path(argv[2])
    target = source.with_suffix(source.suffix + ".enc")
    target.write_bytes(encrypt_export(source.read_bytes(), enc_key, mac_key))
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
