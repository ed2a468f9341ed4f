"""Key store for DASH/HLS content keys used by the packaging workers.

Wrapped keys are stored as base64(nonce || tag || ciphertext).
"""
import base64
import os

import boto3
from Crypto.Cipher import AES as _AES

_KEK_ENV = "DRM_KEY_ENCRYPTION_KEY"
_TABLE = os.environ.get("DRM_KEY_TABLE", "drm-content-keys")
_NONCE_LEN = 12
_TAG_LEN = 16


def _kek() -> bytes:
    key = base64.b64decode(os.environ[_KEK_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{_KEK_ENV} must decode to 32 bytes")
    return key


def wrap_content_key(content_key: bytes, asset_id: str) -> str:
    cipher = _AES.new(_kek(), _AES.MODE_GCM, nonce=os.urandom(_NONCE_LEN))
    cipher.update(asset_id.encode("utf-8"))
    ciphertext, tag = cipher.encrypt_and_digest(content_key)
    return base64.b64encode(cipher.nonce + tag + ciphertext).decode("ascii")


def unwrap_content_key(wrapped: str, asset_id: str) -> bytes:
    blob = base64.b64decode(wrapped)
    nonce, tag, ciphertext = blob[:_NONCE_LEN], blob[_NONCE_LEN:_NONCE_LEN + _TAG_LEN], blob[_NONCE_LEN + _TAG_LEN:]
    cipher = _AES.new(_kek(), _AES.MODE_GCM, nonce=nonce)
    cipher.update(asset_id.encode("utf-8"))
    return cipher.decrypt_and_verify(ciphertext, tag)


class ContentKeyRepository:
    def __init__(self, table_name: str = _TABLE):
        self.table = boto3.resource("dynamodb").Table(table_name)

    def create(self, asset_id: str) -> bytes:
        content_key = os.urandom(16)
        self.table.put_item(Item={"asset_id": asset_id, "wrapped_key": wrap_content_key(content_key, asset_id)})
        return content_key

    def get(self, asset_id: str) -> bytes:
        item = self.table.get_item(Key={"asset_id": asset_id})["Item"]
        return unwrap_content_key(item["wrapped_key"], asset_id)
