"""Encrypts end-of-day settlement files before they leave the store server."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

IV_LEN = 16
MAC_LEN = 32


def _keys() -> tuple[bytes, bytes]:
    enc = base64.b64decode(os.environ["SETTLEMENT_ENC_KEY"])
    mac = base64.b64decode(os.environ["SETTLEMENT_MAC_KEY"])
    return enc, mac


def seal(data: bytes) -> bytes:
    enc_key, mac_key = _keys()
    iv = os.urandom(IV_LEN)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    body = iv + encryptor.update(padded) + encryptor.finalize()
    return body + hmac.new(mac_key, body, hashlib.sha256).digest()


def unseal(blob: bytes) -> bytes:
    enc_key, mac_key = _keys()
    body, tag = blob[:-MAC_LEN], blob[-MAC_LEN:]
    if not hmac.compare_digest(tag, hmac.new(mac_key, body, hashlib.sha256).digest()):
        raise ValueError("settlement file failed integrity check")
    iv, ct = body[:IV_LEN], body[IV_LEN:]
    decryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(ct) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def export_settlement(csv_path: Path, out_dir: Path) -> Path:
    target = out_dir / (csv_path.stem + ".enc")
    target.write_bytes(seal(csv_path.read_bytes()))
    return target
