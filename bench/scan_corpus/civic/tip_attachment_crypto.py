"""At-rest encryption for files attached to anonymous tips.

Attachments are encrypted before they are written to the object store. The
data key is unwrapped through KMS once per worker process and cached.
"""
import os
from functools import lru_cache

import boto3
from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_BLOCK = _AES.block_size
_MODE = _AES.MODE_ECB


@lru_cache(maxsize=1)
def _data_key() -> bytes:
    kms = boto3.client("kms", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
    wrapped = bytes.fromhex(os.environ["TIPS_WRAPPED_DATA_KEY"])
    return kms.decrypt(CiphertextBlob=wrapped)["Plaintext"]


def seal_attachment(payload: bytes) -> bytes:
    cipher = _AES.new(_data_key(), _MODE)
    return cipher.encrypt(pad(payload, _BLOCK))


def open_attachment(blob: bytes) -> bytes:
    cipher = _AES.new(_data_key(), _MODE)
    return unpad(cipher.decrypt(blob), _BLOCK)


def store_attachment(bucket: str, tip_id: str, filename: str, payload: bytes) -> str:
    key = f"tips/{tip_id}/{os.urandom(8).hex()}.bin"
    s3 = boto3.client("s3")
    s3.put_object(
        Bucket=bucket,
        Key=key,
        Body=seal_attachment(payload),
        Metadata={"original-name": filename[:200]},
        ServerSideEncryption="aws:kms",
    )
    return key
