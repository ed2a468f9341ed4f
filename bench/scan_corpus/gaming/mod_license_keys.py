"""Offline licence files for premium mods.

A licence is a small JSON document encrypted with the publisher key so the
launcher can check entitlement without reaching the store.
"""
import base64
import json
import os
from datetime import date

from Crypto.Cipher import Blowfish as _BF
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

LICENSE_PREFIX = "MODLIC1:"


def _publisher_key() -> bytes:
    return base64.b64decode(os.environ["MOD_LICENSE_KEY"])


def _cipher(key: bytes, iv: bytes):
    return _BF.new(key, _BF.MODE_CBC, iv)


def issue_license(player_id: int, mod_id: str, expires: date) -> str:
    doc = json.dumps({"player": player_id, "mod": mod_id, "exp": expires.isoformat()}).encode()
    iv = get_random_bytes(_BF.block_size)
    body = _cipher(_publisher_key(), iv).encrypt(pad(doc, _BF.block_size))
    return LICENSE_PREFIX + base64.urlsafe_b64encode(iv + body).decode()


def read_license(blob: str) -> dict:
    if not blob.startswith(LICENSE_PREFIX):
        raise ValueError("unrecognised licence format")
    raw = base64.urlsafe_b64decode(blob[len(LICENSE_PREFIX):])
    iv, body = raw[: _BF.block_size], raw[_BF.block_size:]
    doc = json.loads(unpad(_cipher(_publisher_key(), iv).decrypt(body), _BF.block_size))
    if date.fromisoformat(doc["exp"]) < date.today():
        raise ValueError("licence expired")
    return doc
