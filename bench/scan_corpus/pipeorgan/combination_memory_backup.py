"""Off-site backup of console combination memories.

MIDI-upgraded consoles store the organist's piston settings in combination
memory levels. Before any console work the engineer backs the memories up to
the firm's object storage so a recitalist's registrations can be restored.
"""
import base64
import json
import os
from datetime import datetime, timezone

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BUCKET = os.environ.get("COMBINATION_BACKUP_BUCKET", "organworks-console-backups")


class BackupCipher:
    block_bits = 128

    def __init__(self, key: bytes):
        self.key = key
        self.mode = modes.ECB()

    def encrypt(self, data: bytes) -> bytes:
        padder = padding.PKCS7(self.block_bits).padder()
        padded = padder.update(data) + padder.finalize()
        enc = Cipher(algorithms.AES(self.key), self.mode).encryptor()
        return enc.update(padded) + enc.finalize()

    def decrypt(self, blob: bytes) -> bytes:
        dec = Cipher(algorithms.AES(self.key), self.mode).decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return unpadder.update(padded) + unpadder.finalize()


def _cipher() -> BackupCipher:
    return BackupCipher(base64.b64decode(os.environ["COMBINATION_BACKUP_KEY"]))


def backup_memories(console_serial: str, levels: dict[int, dict]) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    key = f"{console_serial}/{stamp}.combi"
    body = _cipher().encrypt(json.dumps(levels, sort_keys=True).encode())
    boto3.client("s3").put_object(Bucket=BUCKET, Key=key, Body=body)
    return key


def restore_memories(object_key: str) -> dict[int, dict]:
    obj = boto3.client("s3").get_object(Bucket=BUCKET, Key=object_key)
    raw = _cipher().decrypt(obj["Body"].read())
    return {int(k): v for k, v in json.loads(raw).items()}
