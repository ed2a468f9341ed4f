"""Field-level encryption for sensitive feature values (income, health flags).

Ciphertexts are stored as base64(nonce || tag || ciphertext); the feature name
is bound as associated data so a value can't be moved to another column.
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

_NONCE_LEN = 12
_TAG_LEN = 16


class FieldCipher:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._key = key

    @classmethod
    def from_env(cls) -> "FieldCipher":
        return cls(base64.b64decode(os.environ["FEATURE_FIELD_KEY"]))

    def encrypt(self, feature: str, value: str) -> str:
        nonce = get_random_bytes(_NONCE_LEN)
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce, mac_len=_TAG_LEN)
        cipher.update(feature.encode())
        ct, tag = cipher.encrypt_and_digest(value.encode("utf-8"))
        return base64.urlsafe_b64encode(nonce + tag + ct).decode("ascii")

    def decrypt(self, feature: str, token: str) -> str:
        raw = base64.urlsafe_b64decode(token)
        nonce, tag, ct = raw[:_NONCE_LEN], raw[_NONCE_LEN:_NONCE_LEN + _TAG_LEN], raw[_NONCE_LEN + _TAG_LEN:]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce, mac_len=_TAG_LEN)
        cipher.update(feature.encode())
        return cipher.decrypt_and_verify(ct, tag).decode("utf-8")


def encrypt_column(df, column: str, cipher: FieldCipher | None = None):
    cipher = cipher or FieldCipher.from_env()
    df[column] = df[column].astype(str).map(lambda v: cipher.encrypt(column, v))
    return df
