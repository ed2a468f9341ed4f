"""Cold storage for chat history.

Conversations that have been inactive for 90 days are moved out of Postgres
into the archive bucket. Message bodies are encrypted with the archive key
before upload so the bucket never holds plaintext.
"""
import json
import os
from dataclasses import dataclass, field

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ARCHIVE_BUCKET = os.environ.get("CHAT_ARCHIVE_BUCKET", "chat-archive")


class ArchiveCipher:
    block_mode = modes.ECB

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("archive key must be 256 bits")
        self._key = key

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode())

    def encrypt(self, data: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(padded) + enc.finalize()

    def decrypt(self, blob: bytes) -> bytes:
        dec = self._cipher().decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()


@dataclass
class ConversationArchiver:
    cipher: ArchiveCipher
    bucket: str = ARCHIVE_BUCKET
    _s3: object = field(init=False, repr=False)

    def __post_init__(self):
        self._s3 = boto3.client("s3")

    def archive(self, match_id: int, messages: list[dict]) -> str:
        body = json.dumps({"match_id": match_id, "messages": messages}, default=str).encode()
        key = f"conversations/{match_id // 1000}/{match_id}.bin"
        self._s3.put_object(Bucket=self.bucket, Key=key, Body=self.cipher.encrypt(body))
        return key

    def restore(self, key: str) -> dict:
        obj = self._s3.get_object(Bucket=self.bucket, Key=key)
        return json.loads(self.cipher.decrypt(obj["Body"].read()))
