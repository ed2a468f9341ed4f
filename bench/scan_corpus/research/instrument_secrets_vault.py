"""Encrypt instrument vendor logins before they are written to the database."""
from __future__ import annotations

import base64
import json
import os

from Crypto.Cipher import AES

KEY_ENV = "INSTRUMENT_CRED_KEY"
FORMAT_VERSION = 1


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{KEY_ENV} must be a base64-encoded 256-bit key")
    return key


def seal(instrument_id: str, username: str, password: str, key: bytes | None = None) -> str:
    """Return a JSON envelope holding the encrypted login for one instrument."""
    key = key or _load_key()
    cipher = AES.new(key, AES.MODE_GCM)
    cipher.update(instrument_id.encode("utf-8"))
    body = json.dumps({"u": username, "p": password}).encode("utf-8")
    ciphertext, tag = cipher.encrypt_and_digest(body)
    return json.dumps(
        {
            "v": FORMAT_VERSION,
            "nonce": base64.b64encode(cipher.nonce).decode("ascii"),
            "tag": base64.b64encode(tag).decode("ascii"),
            "ct": base64.b64encode(ciphertext).decode("ascii"),
        }
    )


def unseal(instrument_id: str, envelope: str, key: bytes | None = None) -> tuple[str, str]:
    key = key or _load_key()
    data = json.loads(envelope)
    if data.get("v") != FORMAT_VERSION:
        raise ValueError(f"unsupported envelope version {data.get('v')!r}")
    cipher = AES.new(key, AES.MODE_GCM, nonce=base64.b64decode(data["nonce"]))
    cipher.update(instrument_id.encode("utf-8"))
    body = cipher.decrypt_and_verify(
        base64.b64decode(data["ct"]), base64.b64decode(data["tag"])
    )
    login = json.loads(body)
    return login["u"], login["p"]
