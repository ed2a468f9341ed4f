"""Session encryption for the wireless meter protocol (v3 firmware and later).

Meters on firmware older than v3 negotiated 3DES or Blowfish; pairing them
is refused and the installer is told to update the meter first.
"""
import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESCCM

SUPPORTED_SUITES = frozenset({"aes128-ccm8", "aes256-ccm8"})
LEGACY_SUITES = frozenset({"3des-cbc", "blowfish-cbc"})
NONCE_LEN = 13
TAG_LEN = 8


class UnsupportedMeter(Exception):
    pass


@dataclass
class MeterSession:
    meter_id: int
    suite: str
    key: bytes

    def __post_init__(self):
        if self.suite in LEGACY_SUITES:
            raise UnsupportedMeter(f"meter {self.meter_id} needs a firmware update ({self.suite})")
        if self.suite not in SUPPORTED_SUITES:
            raise UnsupportedMeter(f"unknown cipher suite {self.suite!r}")
        self._aead = AESCCM(self.key, tag_length=TAG_LEN)

    def _aad(self) -> bytes:
        return struct.pack(">I", self.meter_id)

    def seal(self, payload: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        return nonce + self._aead.encrypt(nonce, payload, self._aad())

    def open(self, frame: bytes) -> bytes:
        return self._aead.decrypt(frame[:NONCE_LEN], frame[NONCE_LEN:], self._aad())
