"""Encryption of consignee contact details stored with each shipment.

Phone numbers and e-mail addresses are encrypted before they are written to
the ``shipments`` table. The key is provisioned by the platform team and
injected as a base64 string.
"""
import base64
import os
import re
from functools import lru_cache

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY_ENV = "CONSIGNEE_DATA_KEY"
_PHONE_CLEANUP = re.compile(r"[\s\-().]")


@lru_cache(maxsize=1)
def _key() -> bytes:
    key = base64.b64decode(os.environ[KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{KEY_ENV} must decode to 32 bytes")
    return key


def normalise_phone(raw: str) -> str:
    phone = _PHONE_CLEANUP.sub("", raw)
    if phone.startswith("00"):
        phone = "+" + phone[2:]
    return phone


def _cipher() -> Cipher:
    # deterministic output lets customer service look shipments up by phone number
    return Cipher(algorithms.AES(_key()), modes.ECB())


def encrypt_field(value: str) -> str:
    padder = padding.PKCS7(128).padder()
    data = padder.update(value.encode("utf-8")) + padder.finalize()
    enc = _cipher().encryptor()
    return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")


def decrypt_field(token: str) -> str:
    dec = _cipher().decryptor()
    data = dec.update(base64.b64decode(token)) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def encrypt_contact(contact: dict) -> dict:
    out = dict(contact)
    if contact.get("phone"):
        out["phone"] = encrypt_field(normalise_phone(contact["phone"]))
    if contact.get("email"):
        out["email"] = encrypt_field(contact["email"].strip().lower())
    return out


def find_by_phone_clause(phone: str) -> tuple[str, tuple]:
    return "consignee_phone = %s", (encrypt_field(normalise_phone(phone)),)
