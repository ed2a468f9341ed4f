"""Encrypted export of a member's direct-message history.

Exports are produced by the "Download your data" job and stored in object
storage until the member downloads them.
"""

import gzip
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from messaging.models import DirectMessage
from storage import ObjectStore


@dataclass
class ExportResult:
    object_key: str
    message_count: int
    created_at: datetime


class ArchiveCipher:
    block_bits = algorithms.AES.block_size

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("archive key must be 256 bits")
        self._key = key

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def seal(self, plaintext: bytes) -> bytes:
        padder = padding.PKCS7(self.block_bits).padder()
        padded = padder.update(plaintext) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(padded) + enc.finalize()

    def open(self, blob: bytes) -> bytes:
        dec = self._cipher().decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return unpadder.update(padded) + unpadder.finalize()


def _serialize(messages: Iterable[DirectMessage]) -> tuple[bytes, int]:
    lines, count = [], 0
    for m in messages:
        lines.append(json.dumps({
            "conversation": m.conversation_id,
            "from": m.sender_id,
            "sent_at": m.sent_at.isoformat(),
            "body": m.body,
        }))
        count += 1
    return gzip.compress("\n".join(lines).encode()), count


def export_direct_messages(user_id: int, key: bytes, store: ObjectStore) -> ExportResult:
    qs = DirectMessage.objects.filter(participants__id=user_id).order_by("sent_at")
    payload, count = _serialize(qs.iterator())
    object_key = f"exports/{user_id}/dms-{datetime.now(timezone.utc):%Y%m%d%H%M%S}.bin"
    store.put(object_key, ArchiveCipher(key).seal(payload))
    return ExportResult(object_key, count, datetime.now(timezone.utc))
