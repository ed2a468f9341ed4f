"""Encrypt e-discovery export bundles handed to outside vendors on media.

Output layout: b"EXB1" || iv (16) || ciphertext || HMAC-SHA256(header || iv || ciphertext)
"""
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

MAGIC = b"EXB1"
IV_LEN = 16
TAG_LEN = 32


def _keys() -> tuple[bytes, bytes]:
    enc_key = bytes.fromhex(os.environ["EXPORT_BUNDLE_ENC_KEY"])
    mac_key = bytes.fromhex(os.environ["EXPORT_BUNDLE_MAC_KEY"])
    return enc_key, mac_key


def encrypt_bundle(src: Path, dst: Path) -> None:
    enc_key, mac_key = _keys()
    iv = os.urandom(IV_LEN)
    encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    padder = padding.PKCS7(128).padder()
    data = padder.update(src.read_bytes()) + padder.finalize()
    ciphertext = encryptor.update(data) + encryptor.finalize()

    mac = crypto_hmac.HMAC(mac_key, hashes.SHA256())
    mac.update(MAGIC + iv + ciphertext)
    dst.write_bytes(MAGIC + iv + ciphertext + mac.finalize())


def decrypt_bundle(src: Path, dst: Path) -> None:
    enc_key, mac_key = _keys()
    blob = src.read_bytes()
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + IV_LEN + TAG_LEN:
        raise ValueError("not an export bundle")
    body, tag = blob[:-TAG_LEN], blob[-TAG_LEN:]

    mac = crypto_hmac.HMAC(mac_key, hashes.SHA256())
    mac.update(body)
    mac.verify(tag)

    iv = body[len(MAGIC):len(MAGIC) + IV_LEN]
    ciphertext = body[len(MAGIC) + IV_LEN:]
    decryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(ciphertext) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    dst.write_bytes(unpadder.update(padded) + unpadder.finalize())
