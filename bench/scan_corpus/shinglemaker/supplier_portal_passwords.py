"""Credential hashing for log and fastener suppliers signing in to the supplier portal."""

import base64
import hashlib
import hmac
import os

from django.conf import settings

from portal.models import SupplierContact

SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 2**28
SALT_LEN = 16
KEY_LEN = 32


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=SCRYPT_MAXMEM,
        dklen=KEY_LEN,
    )


def hash_supplier_password(password: str) -> str:
    if len(password) < settings.SUPPLIER_MIN_PASSWORD_LENGTH:
        raise ValueError("password too short")
    salt = os.urandom(SALT_LEN)
    key = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${base64.b64encode(salt).decode()}${base64.b64encode(key).decode()}"


def check_supplier_password(password: str, encoded: str) -> bool:
    _algo, n, r, p, salt_b64, key_b64 = encoded.split("$")
    candidate = _scrypt(password, base64.b64decode(salt_b64), int(n), int(r), int(p))
    return hmac.compare_digest(candidate, base64.b64decode(key_b64))


def change_contact_password(contact: SupplierContact, current: str, new: str) -> None:
    if not check_supplier_password(current, contact.password_hash):
        raise PermissionError("current password does not match")
    contact.password_hash = hash_supplier_password(new)
    contact.must_change_password = False
    contact.save(update_fields=["password_hash", "must_change_password"])
