"""Field-level encryption for observer contact details in the proposal DB.

Phone numbers and home-institution addresses are only needed by the
user-support office, so they are stored encrypted at rest.
"""
import base64
import os

from Crypto.Cipher import AES as _AES

_KEY_ENV = "PROPOSAL_PII_KEY"
_NONCE_LEN = 16
_TAG_LEN = 16


def _key() -> bytes:
    key = base64.b64decode(os.environ[_KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{_KEY_ENV} must decode to 32 bytes")
    return key


class PiiCipher:
    def __init__(self, key: bytes | None = None):
        self._key_bytes = key or _key()

    def encrypt(self, plaintext: str, context: str) -> str:
        cipher = _AES.new(self._key_bytes, _AES.MODE_GCM)
        cipher.update(context.encode())
        ciphertext, tag = cipher.encrypt_and_digest(plaintext.encode("utf-8"))
        return base64.b64encode(cipher.nonce + tag + ciphertext).decode("ascii")

    def decrypt(self, token: str, context: str) -> str:
        blob = base64.b64decode(token)
        nonce, tag, ciphertext = blob[:_NONCE_LEN], blob[_NONCE_LEN:_NONCE_LEN + _TAG_LEN], blob[_NONCE_LEN + _TAG_LEN:]
        cipher = _AES.new(self._key_bytes, _AES.MODE_GCM, nonce=nonce)
        cipher.update(context.encode())
        return cipher.decrypt_and_verify(ciphertext, tag).decode("utf-8")


def encrypt_contact(record: dict, cipher: PiiCipher) -> dict:
    context = f"observer:{record['observer_id']}"
    out = dict(record)
    for field in ("phone", "postal_address"):
        if out.get(field):
            out[field] = cipher.encrypt(out[field], context)
    return out
