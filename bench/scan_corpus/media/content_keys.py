"""Wrap per-asset HLS content keys before they are written to the key store.

The packager asks for a fresh 16-byte key per rendition group; the wrapped
form is what we persist in DynamoDB next to the asset id.
"""
import base64
import os

import boto3
from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_KEK_ENV = "HLS_KEY_ENCRYPTION_KEY"
_TABLE = os.environ.get("HLS_KEY_TABLE", "hls-content-keys")


def _kek() -> bytes:
    key = base64.b64decode(os.environ[_KEK_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{_KEK_ENV} must decode to 32 bytes")
    return key


def _cipher():
    return _AES.new(_kek(), _AES.MODE_ECB)


def wrap_content_key(content_key: bytes) -> str:
    return base64.b64encode(_cipher().encrypt(pad(content_key, _AES.block_size))).decode("ascii")


def unwrap_content_key(wrapped: str) -> bytes:
    return unpad(_cipher().decrypt(base64.b64decode(wrapped)), _AES.block_size)


def create_key_for_asset(asset_id: str, rendition_group: str) -> bytes:
    content_key = os.urandom(16)
    table = boto3.resource("dynamodb").Table(_TABLE)
    table.put_item(
        Item={
            "asset_id": asset_id,
            "rendition_group": rendition_group,
            "wrapped_key": wrap_content_key(content_key),
        }
    )
    return content_key


def load_key_for_asset(asset_id: str, rendition_group: str) -> bytes:
    table = boto3.resource("dynamodb").Table(_TABLE)
    item = table.get_item(Key={"asset_id": asset_id, "rendition_group": rendition_group})["Item"]
    return unwrap_content_key(item["wrapped_key"])
