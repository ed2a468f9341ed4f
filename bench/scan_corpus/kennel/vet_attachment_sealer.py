"""Encrypts uploaded vaccination cards and vet letters before they go to S3."""
import os

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

ATTACHMENT_SETTINGS = {
    "bucket": os.environ.get("VET_ATTACHMENT_BUCKET", "kennel-vet-attachments"),
    "key_env": "VET_ATTACHMENT_KEY",
    "nonce_bytes": 12,
    "format_version": b"\x01",
}


class AttachmentSealer:
    def __init__(self, key: bytes | None = None, settings: dict = ATTACHMENT_SETTINGS):
        self.settings = settings
        raw = key if key is not None else bytes.fromhex(os.environ[settings["key_env"]])
        self._aead = AESGCM(raw)

    def seal(self, data: bytes, pet_id: int) -> bytes:
        nonce = os.urandom(self.settings["nonce_bytes"])
        aad = self._aad(pet_id)
        return self.settings["format_version"] + nonce + self._aead.encrypt(nonce, data, aad)

    def open(self, blob: bytes, pet_id: int) -> bytes:
        version, rest = blob[:1], blob[1:]
        if version != self.settings["format_version"]:
            raise ValueError("unknown attachment format")
        n = self.settings["nonce_bytes"]
        nonce, ciphertext = rest[:n], rest[n:]
        return self._aead.decrypt(nonce, ciphertext, self._aad(pet_id))

    @staticmethod
    def _aad(pet_id: int) -> bytes:
        return f"pet:{pet_id}".encode("ascii")


class AttachmentStore:
    def __init__(self, sealer: AttachmentSealer | None = None, s3=None):
        self.sealer = sealer or AttachmentSealer()
        self.s3 = s3 or boto3.client("s3")
        self.bucket = ATTACHMENT_SETTINGS["bucket"]

    def put(self, pet_id: int, filename: str, data: bytes) -> str:
        key = f"pets/{pet_id}/{os.urandom(8).hex()}.bin"
        self.s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=self.sealer.seal(data, pet_id),
            Metadata={"original-name": filename[:200]},
            ServerSideEncryption="aws:kms",
        )
        return key

    def get(self, pet_id: int, key: str) -> bytes:
        if not key.startswith(f"pets/{pet_id}/"):
            raise PermissionError("attachment does not belong to this pet")
        obj = self.s3.get_object(Bucket=self.bucket, Key=key)
        return self.sealer.open(obj["Body"].read(), pet_id)
