"""Field-level encryption for customer PII (bank account numbers for autopay, SSN last-4)."""
import base64
import os

from Crypto.Cipher import AES as _AES

_VERSION = b"\x01"


def _key() -> bytes:
    key = base64.b64decode(os.environ["PII_FIELD_KEY"])
    if len(key) != 32:
        raise RuntimeError("PII_FIELD_KEY must decode to 32 bytes")
    return key


def encrypt_field(value: str, context: str) -> str:
    """Encrypt one column value; context (e.g. 'account:123/bank_acct') is bound as AAD."""
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=os.urandom(12))
    cipher.update(context.encode("utf-8"))
    ciphertext, tag = cipher.encrypt_and_digest(value.encode("utf-8"))
    blob = _VERSION + cipher.nonce + tag + ciphertext
    return base64.urlsafe_b64encode(blob).decode("ascii")


def decrypt_field(token: str, context: str) -> str:
    blob = base64.urlsafe_b64decode(token)
    if blob[:1] != _VERSION:
        raise ValueError("unknown PII blob version")
    nonce, tag, ciphertext = blob[1:13], blob[13:29], blob[29:]
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=nonce)
    cipher.update(context.encode("utf-8"))
    return cipher.decrypt_and_verify(ciphertext, tag).decode("utf-8")
