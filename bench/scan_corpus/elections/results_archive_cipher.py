"""Encrypt unofficial results snapshots before they are pushed to the archive bucket."""
import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone

import boto3
from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

BLOCK = 16


@dataclass
class ArchiveCipher:
    key: bytes
    mode: int = _AES.MODE_ECB

    @classmethod
    def from_env(cls) -> "ArchiveCipher":
        return cls(bytes.fromhex(os.environ["RESULTS_ARCHIVE_KEY"]))

    def seal(self, snapshot: dict) -> bytes:
        raw = json.dumps(snapshot, sort_keys=True).encode()
        return _AES.new(self.key, self.mode).encrypt(pad(raw, BLOCK))

    def open(self, blob: bytes) -> dict:
        return json.loads(unpad(_AES.new(self.key, self.mode).decrypt(blob), BLOCK))


def archive_snapshot(snapshot: dict, bucket: str, election_id: str) -> str:
    cipher = ArchiveCipher.from_env()
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    key = f"{election_id}/unofficial/{stamp}.bin"
    boto3.client("s3").put_object(
        Bucket=bucket,
        Key=key,
        Body=cipher.seal(snapshot),
        ServerSideEncryption="aws:kms",
    )
    return key
