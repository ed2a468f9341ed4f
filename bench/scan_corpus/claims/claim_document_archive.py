"""Archive scanned claim documents (police reports, repair invoices) to S3.

Documents are encrypted client-side before upload so the archive bucket never
holds plaintext PII.
"""
import base64
import os
from pathlib import Path

import boto3
from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

ARCHIVE_CONFIG = {
    "bucket_env": "CLAIM_ARCHIVE_BUCKET",
    "key_env": "CLAIM_ARCHIVE_KEY",
    "prefix": "documents/",
    "iv": bytes(16),
}


def _archive_key() -> bytes:
    return base64.b64decode(os.environ[ARCHIVE_CONFIG["key_env"]])


def _cipher(key: bytes):
    return _AES.new(key, _AES.MODE_CBC, iv=ARCHIVE_CONFIG["iv"])


def encrypt_document(data: bytes, key: bytes) -> bytes:
    return _cipher(key).encrypt(pad(data, _AES.block_size))


def decrypt_document(blob: bytes, key: bytes) -> bytes:
    return unpad(_cipher(key).decrypt(blob), _AES.block_size)


class DocumentArchiver:
    def __init__(self, s3_client=None):
        self._s3 = s3_client or boto3.client("s3")
        self._bucket = os.environ[ARCHIVE_CONFIG["bucket_env"]]
        self._key = _archive_key()

    def archive(self, claim_id: str, path: Path) -> str:
        object_key = f"{ARCHIVE_CONFIG['prefix']}{claim_id}/{path.name}.enc"
        body = encrypt_document(path.read_bytes(), self._key)
        self._s3.put_object(Bucket=self._bucket, Key=object_key, Body=body, ServerSideEncryption="aws:kms")
        return object_key

    def restore(self, object_key: str) -> bytes:
        obj = self._s3.get_object(Bucket=self._bucket, Key=object_key)
        return decrypt_document(obj["Body"].read(), self._key)
