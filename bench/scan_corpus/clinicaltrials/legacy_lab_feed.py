"""Inbound result files from the legacy central-lab feed.

The lab's transfer agent still encrypts each HL7 batch with a shared
triple-DES key; the first 8 bytes of every file are the IV. Decrypted
batches are handed to the HL7 parser and the originals are archived.
"""
import logging
import os
import shutil
from pathlib import Path
from typing import Callable, Iterator

from Crypto.Cipher import DES3 as _TDES
from Crypto.Util.Padding import unpad

log = logging.getLogger(__name__)


class LabFeedDecryptor:
    def __init__(self, key_hex: str | None = None):
        key_hex = key_hex or os.environ["CENTRAL_LAB_FEED_KEY"]
        self._key = _TDES.adjust_key_parity(bytes.fromhex(key_hex))

    def decrypt_file(self, path: Path) -> bytes:
        raw = path.read_bytes()
        iv, body = raw[: _TDES.block_size], raw[_TDES.block_size :]
        cipher = _TDES.new(self._key, _TDES.MODE_CBC, iv=iv)
        return unpad(cipher.decrypt(body), _TDES.block_size)


def _pending(inbox: Path) -> Iterator[Path]:
    yield from sorted(p for p in inbox.glob("*.hl7.enc") if p.is_file())


def process_inbox(inbox: Path, archive: Path, handle: Callable[[str, bytes], None]) -> int:
    decryptor = LabFeedDecryptor()
    archive.mkdir(parents=True, exist_ok=True)
    count = 0
    for path in _pending(inbox):
        try:
            payload = decryptor.decrypt_file(path)
        except ValueError:
            log.error("could not decrypt %s, leaving in inbox", path.name)
            continue
        handle(path.name, payload)
        shutil.move(str(path), archive / path.name)
        count += 1
    log.info("processed %d lab batches", count)
    return count
