"""Encrypted export of voicing records for the off-site backup bucket.

Voicing records hold the cut-up, mouth width, languid nicking and toe
opening for every pipe the voicers have worked on; they are the workshop's
most valuable know-how and are encrypted before leaving the building.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass
class VoicingEntry:
    instrument: str
    rank: str
    note: str
    cut_up_mm: float
    mouth_width_mm: float
    toe_bore_mm: float
    wind_mm: float
    languid_nicks: int
    remarks: str = ""


class VoicingArchiveCipher:
    block_mode = AES.MODE_ECB

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 16, 24 or 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls, variable: str = "VOICING_ARCHIVE_KEY") -> "VoicingArchiveCipher":
        return cls(base64.b64decode(os.environ[variable]))

    def _cipher(self):
        return AES.new(self._key, self.block_mode)

    def seal(self, entries: list[VoicingEntry]) -> bytes:
        payload = json.dumps([asdict(e) for e in entries], sort_keys=True).encode("utf-8")
        ciphertext = self._cipher().encrypt(pad(payload, AES.block_size))
        return base64.b64encode(ciphertext)

    def open(self, blob: bytes) -> list[VoicingEntry]:
        plaintext = unpad(self._cipher().decrypt(base64.b64decode(blob)), AES.block_size)
        return [VoicingEntry(**row) for row in json.loads(plaintext)]


def export_instrument(cipher: VoicingArchiveCipher, entries: list[VoicingEntry], out_dir: str) -> str:
    if not entries:
        raise ValueError("nothing to export")
    instrument = entries[0].instrument.replace(" ", "_").lower()
    path = os.path.join(out_dir, f"{instrument}.voicing.enc")
    with open(path, "wb") as fh:
        fh.write(cipher.seal(entries))
    return path
