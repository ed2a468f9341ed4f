"""Payload encryption for the partner garage repair-estimate API (v3).

Each message carries its own nonce and authentication tag:
``base64(nonce || tag || ciphertext)``. Keys are per garage, from the vault.
"""
import base64
import json
from typing import Any

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

from partners.vault import get_garage_key

NONCE_LEN = 12
TAG_LEN = 16


def seal(garage_id: str, payload: dict[str, Any]) -> str:
    key = get_garage_key(garage_id)
    nonce = get_random_bytes(NONCE_LEN)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
    cipher.update(garage_id.encode("utf-8"))
    body = json.dumps(payload, separators=(",", ":")).encode("utf-8")
    ciphertext, tag = cipher.encrypt_and_digest(body)
    return base64.b64encode(nonce + tag + ciphertext).decode("ascii")


def unseal(garage_id: str, token: str) -> dict[str, Any]:
    raw = base64.b64decode(token)
    nonce = raw[:NONCE_LEN]
    tag = raw[NONCE_LEN:NONCE_LEN + TAG_LEN]
    ciphertext = raw[NONCE_LEN + TAG_LEN:]
    cipher = AES.new(get_garage_key(garage_id), AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
    cipher.update(garage_id.encode("utf-8"))
    return json.loads(cipher.decrypt_and_verify(ciphertext, tag))
