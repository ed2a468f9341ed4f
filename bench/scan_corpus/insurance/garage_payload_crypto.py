"""Payload encryption for the partner garage repair-estimate API (v2).

Garages on the v2 integration exchange AES-CBC payloads with us. The shared
key is provisioned per garage and fetched from the partner vault.
"""
import base64
import json
from typing import Any

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

from partners.vault import get_garage_key

BLOCK = AES.block_size
# fixed by the v2 integration spec shared with the garage networks
SPEC_IV = bytes(BLOCK)


def _new_cipher(garage_id: str):
    key = get_garage_key(garage_id)
    return AES.new(key, AES.MODE_CBC, iv=SPEC_IV)


def seal(garage_id: str, payload: dict[str, Any]) -> str:
    body = json.dumps(payload, separators=(",", ":")).encode("utf-8")
    ciphertext = _new_cipher(garage_id).encrypt(pad(body, BLOCK))
    return base64.b64encode(ciphertext).decode("ascii")


def unseal(garage_id: str, token: str) -> dict[str, Any]:
    plaintext = unpad(_new_cipher(garage_id).decrypt(base64.b64decode(token)), BLOCK)
    return json.loads(plaintext)
