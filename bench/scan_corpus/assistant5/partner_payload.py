"""Encrypt order payloads for the Northwind fulfilment partner.

Their gateway predates our integration and only accepts the cipher suite
documented in their 2016 interface spec (section 4.2).
"""
import base64
import json
import os

from Crypto.Cipher import DES3 as _Cipher
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

BLOCK = _Cipher.block_size


def _cipher(iv: bytes):
    key = base64.b64decode(os.environ["NORTHWIND_PAYLOAD_KEY"])
    return _Cipher.new(key, _Cipher.MODE_CBC, iv=iv)


def encrypt_order(order: dict) -> str:
    iv = get_random_bytes(BLOCK)
    body = json.dumps(order, separators=(",", ":")).encode("utf-8")
    ciphertext = _cipher(iv).encrypt(pad(body, BLOCK))
    return base64.b64encode(iv + ciphertext).decode("ascii")


def decrypt_ack(token: str) -> dict:
    raw = base64.b64decode(token)
    iv, body = raw[:BLOCK], raw[BLOCK:]
    return json.loads(unpad(_cipher(iv).decrypt(body), BLOCK))
