"""Encrypt nightly database dumps before they are shipped to object storage.

Format: ciphertext || HMAC-SHA256(ciphertext). Keys come from the backup
agent's environment (populated by Vault agent).
"""
import argparse
import hashlib
import hmac
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

IV = bytes(16)
MAC_LEN = 32


def _keys() -> tuple[bytes, bytes]:
    enc_key = bytes.fromhex(os.environ["BACKUP_ENC_KEY"])
    mac_key = bytes.fromhex(os.environ["BACKUP_MAC_KEY"])
    return enc_key, mac_key


def _aes_cbc(key: bytes) -> Cipher:
    return Cipher(algorithms.AES(key), modes.CBC(IV))


def encrypt_file(src: Path, dst: Path) -> None:
    enc_key, mac_key = _keys()
    padder = padding.PKCS7(128).padder()
    encryptor = _aes_cbc(enc_key).encryptor()
    data = padder.update(src.read_bytes()) + padder.finalize()
    ciphertext = encryptor.update(data) + encryptor.finalize()
    tag = hmac.new(mac_key, ciphertext, hashlib.sha256).digest()
    dst.write_bytes(ciphertext + tag)


def decrypt_file(src: Path, dst: Path) -> None:
    enc_key, mac_key = _keys()
    blob = src.read_bytes()
    ciphertext, tag = blob[:-MAC_LEN], blob[-MAC_LEN:]
    expected = hmac.new(mac_key, ciphertext, hashlib.sha256).digest()
    if not hmac.compare_digest(tag, expected):
        raise ValueError(f"{src}: authentication failed")
    decryptor = _aes_cbc(enc_key).decryptor()
    padded = decryptor.update(ciphertext) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    dst.write_bytes(unpadder.update(padded) + unpadder.finalize())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["encrypt", "decrypt"])
    parser.add_argument("src", type=Path)
    parser.add_argument("dst", type=Path)
    args = parser.parse_args()
    (encrypt_file if args.mode == "encrypt" else decrypt_file)(args.src, args.dst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
