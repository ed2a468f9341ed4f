"""Encryption of linked bank account numbers used for ACH funding."""
import base64
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

_VERSION = b"\x01"
_NONCE_LEN = 12
_TAG_LEN = 16


def _key() -> bytes:
    key = base64.b64decode(os.environ["ACH_ACCOUNT_KEY"])
    if len(key) != 32:
        raise RuntimeError("ACH_ACCOUNT_KEY must be 32 bytes")
    return key


def encrypt_account_number(account_number: str, routing_number: str) -> str:
    nonce = get_random_bytes(_NONCE_LEN)
    cipher = AES.new(_key(), AES.MODE_GCM, nonce=nonce, mac_len=_TAG_LEN)
    cipher.update(routing_number.encode())
    ct, tag = cipher.encrypt_and_digest(account_number.encode())
    return base64.b64encode(_VERSION + nonce + tag + ct).decode()


def decrypt_account_number(token: str, routing_number: str) -> str:
    raw = base64.b64decode(token)
    if raw[:1] != _VERSION:
        raise ValueError("unknown token version")
    nonce = raw[1:1 + _NONCE_LEN]
    tag = raw[1 + _NONCE_LEN:1 + _NONCE_LEN + _TAG_LEN]
    ct = raw[1 + _NONCE_LEN + _TAG_LEN:]
    cipher = AES.new(_key(), AES.MODE_GCM, nonce=nonce, mac_len=_TAG_LEN)
    cipher.update(routing_number.encode())
    return cipher.decrypt_and_verify(ct, tag).decode()


def mask(account_number: str) -> str:
    return "•" * max(len(account_number) - 4, 0) + account_number[-4:]
