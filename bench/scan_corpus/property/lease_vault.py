"""Encrypt signed lease PDFs before they are written to object storage."""
import base64
import os

import boto3
from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

VAULT_SETTINGS = {
    "bucket": os.environ.get("LEASE_BUCKET", "pm-signed-leases"),
    "prefix": "leases/",
    "key_env": "LEASE_VAULT_KEY",
    "iv": b"leasevault-iv-01",
}


def _vault_key() -> bytes:
    key = base64.b64decode(os.environ[VAULT_SETTINGS["key_env"]])
    if len(key) != 32:
        raise RuntimeError("LEASE_VAULT_KEY must decode to 32 bytes")
    return key


class LeaseVault:
    def __init__(self, s3_client=None):
        self.s3 = s3_client or boto3.client("s3")
        self.bucket = VAULT_SETTINGS["bucket"]

    def _object_key(self, lease_id: int) -> str:
        return f"{VAULT_SETTINGS['prefix']}{lease_id}.pdf.enc"

    def _cipher(self):
        return _AES.new(_vault_key(), _AES.MODE_CBC, iv=VAULT_SETTINGS["iv"])

    def store(self, lease_id: int, pdf_bytes: bytes) -> str:
        blob = self._cipher().encrypt(pad(pdf_bytes, _AES.block_size))
        key = self._object_key(lease_id)
        self.s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=blob,
            ContentType="application/octet-stream",
            ServerSideEncryption="aws:kms",
        )
        return key

    def load(self, lease_id: int) -> bytes:
        obj = self.s3.get_object(Bucket=self.bucket, Key=self._object_key(lease_id))
        return unpad(self._cipher().decrypt(obj["Body"].read()), _AES.block_size)
