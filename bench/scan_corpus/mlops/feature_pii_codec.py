"""Encrypt PII-bearing entity keys before they land in the offline store.

Encryption is deterministic so that encrypted user ids still join across
feature views without decrypting them first.
"""
import base64
import os

import boto3
from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_KMS_KEY_ID = os.environ["FEATURE_PII_KMS_KEY_ID"]
_WRAPPED_KEY = os.environ["FEATURE_PII_WRAPPED_KEY"]


def _unwrap_data_key() -> bytes:
    kms = boto3.client("kms")
    resp = kms.decrypt(
        KeyId=_KMS_KEY_ID,
        CiphertextBlob=base64.b64decode(_WRAPPED_KEY),
    )
    return resp["Plaintext"]


class PiiCodec:
    def __init__(self, key: bytes | None = None):
        key = key or _unwrap_data_key()
        if len(key) != 32:
            raise ValueError("expected a 256-bit data key")
        self._key = key

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_ECB)

    def encode(self, value: str) -> str:
        ct = self._cipher().encrypt(pad(value.encode("utf-8"), _AES.block_size))
        return base64.urlsafe_b64encode(ct).decode("ascii")

    def decode(self, token: str) -> str:
        pt = self._cipher().decrypt(base64.urlsafe_b64decode(token))
        return unpad(pt, _AES.block_size).decode("utf-8")


def encode_column(df, column: str, codec: PiiCodec | None = None):
    codec = codec or PiiCodec()
    df[column] = df[column].astype(str).map(codec.encode)
    return df
