"""Offline DLC licence blobs for the launcher (v2 format).

v2 replaced the old licence format with AES-GCM so tampered licences are
rejected instead of decrypting to garbage.
"""
import base64
import json
import os
from datetime import date

from Crypto.Cipher import AES as _AES

LICENSE_PREFIX = "DLCLIC2:"
NONCE_BYTES = 12
TAG_BYTES = 16


def _key() -> bytes:
    return base64.b64decode(os.environ["DLC_LICENSE_KEY"])


def issue(player_id: int, sku: str, expires: date) -> str:
    doc = json.dumps({"player": player_id, "sku": sku, "exp": expires.isoformat()}).encode()
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=os.urandom(NONCE_BYTES))
    cipher.update(LICENSE_PREFIX.encode())
    body, tag = cipher.encrypt_and_digest(doc)
    return LICENSE_PREFIX + base64.urlsafe_b64encode(cipher.nonce + tag + body).decode()


def verify(blob: str, player_id: int) -> dict:
    if not blob.startswith(LICENSE_PREFIX):
        raise ValueError("unrecognised licence format")
    raw = base64.urlsafe_b64decode(blob[len(LICENSE_PREFIX):])
    nonce, tag, body = raw[:NONCE_BYTES], raw[NONCE_BYTES:NONCE_BYTES + TAG_BYTES], raw[NONCE_BYTES + TAG_BYTES:]
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=nonce)
    cipher.update(LICENSE_PREFIX.encode())
    doc = json.loads(cipher.decrypt_and_verify(body, tag))
    if doc["player"] != player_id:
        raise ValueError("licence issued to another player")
    if date.fromisoformat(doc["exp"]) < date.today():
        raise ValueError("licence expired")
    return doc
