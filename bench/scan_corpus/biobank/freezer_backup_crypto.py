"""Encrypt nightly freezer-inventory database dumps before off-site copy.

Format: iv (16) || ciphertext || tag (32), AES-256-CBC then HMAC-SHA256 over
iv || ciphertext with an independent key.
"""
import os

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

TAG_LEN = 32


def _keys() -> tuple[bytes, bytes]:
    enc_key = bytes.fromhex(os.environ["BACKUP_ENC_KEY"])
    mac_key = bytes.fromhex(os.environ["BACKUP_MAC_KEY"])
    return enc_key, mac_key


def _mac(mac_key: bytes, data: bytes) -> hmac.HMAC:
    h = hmac.HMAC(mac_key, hashes.SHA256())
    h.update(data)
    return h


def encrypt_dump(plaintext: bytes) -> bytes:
    enc_key, mac_key = _keys()
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    body = iv + encryptor.update(padded) + encryptor.finalize()
    return body + _mac(mac_key, body).finalize()


def decrypt_dump(blob: bytes) -> bytes:
    enc_key, mac_key = _keys()
    body, tag = blob[:-TAG_LEN], blob[-TAG_LEN:]
    _mac(mac_key, body).verify(tag)
    iv, ciphertext = body[:16], body[16:]
    decryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(ciphertext) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()
