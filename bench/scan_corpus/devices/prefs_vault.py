"""Encrypted preferences file for the desktop client (stored account tokens).

The 256-bit file key is kept in the OS keyring by the caller.
"""
import json
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

_NONCE_LEN = 12
_TAG_LEN = 16
_HEADER = b"PRF2"


def encrypt_prefs(key: bytes, prefs: dict) -> bytes:
    nonce = get_random_bytes(_NONCE_LEN)
    cipher = _AES.new(key, _AES.MODE_GCM, nonce=nonce, mac_len=_TAG_LEN)
    cipher.update(_HEADER)
    ciphertext, tag = cipher.encrypt_and_digest(json.dumps(prefs).encode("utf-8"))
    return _HEADER + nonce + tag + ciphertext


def decrypt_prefs(key: bytes, blob: bytes) -> dict:
    if not blob.startswith(_HEADER):
        raise ValueError("unknown preferences format")
    body = blob[len(_HEADER):]
    nonce, tag, ciphertext = body[:_NONCE_LEN], body[_NONCE_LEN:_NONCE_LEN + _TAG_LEN], body[_NONCE_LEN + _TAG_LEN:]
    cipher = _AES.new(key, _AES.MODE_GCM, nonce=nonce, mac_len=_TAG_LEN)
    cipher.update(_HEADER)
    return json.loads(cipher.decrypt_and_verify(ciphertext, tag))


def write_prefs(path: Path, key: bytes, prefs: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(encrypt_prefs(key, prefs))
    os.replace(tmp, path)


def read_prefs(path: Path, key: bytes) -> dict:
    if not path.exists():
        return {}
    return decrypt_prefs(key, path.read_bytes())
