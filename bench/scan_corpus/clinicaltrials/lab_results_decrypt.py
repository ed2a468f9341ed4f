"""Inbound result batches from the central-lab SFTP feed (v2 protocol).

Each batch is sealed with ChaCha20-Poly1305 under the key agreed with
the lab: nonce (12 bytes) | ciphertext | tag (16 bytes).
"""
import logging
import os
import shutil
from pathlib import Path
from typing import Callable

from Crypto.Cipher import ChaCha20_Poly1305 as _AEAD

log = logging.getLogger(__name__)


class LabBatchDecryptor:
    NONCE_LEN = 12
    TAG_LEN = 16

    def __init__(self, key_hex: str | None = None):
        key = bytes.fromhex(key_hex or os.environ["CENTRAL_LAB_FEED_KEY_V2"])
        if len(key) != 32:
            raise ValueError("lab feed key must be 256 bits")
        self._key = key

    def decrypt_file(self, path: Path) -> bytes:
        raw = path.read_bytes()
        nonce = raw[: self.NONCE_LEN]
        body, tag = raw[self.NONCE_LEN : -self.TAG_LEN], raw[-self.TAG_LEN :]
        cipher = _AEAD.new(key=self._key, nonce=nonce)
        return cipher.decrypt_and_verify(body, tag)


def process_inbox(inbox: Path, archive: Path, handle: Callable[[str, bytes], None]) -> int:
    decryptor = LabBatchDecryptor()
    archive.mkdir(parents=True, exist_ok=True)
    done = 0
    for path in sorted(inbox.glob("*.hl7.sealed")):
        try:
            payload = decryptor.decrypt_file(path)
        except ValueError:
            log.error("integrity check failed for %s", path.name)
            continue
        handle(path.name, payload)
        shutil.move(str(path), archive / path.name)
        done += 1
    return done
