"""Negotiates the payload cipher for the depot gateway <-> control-desk link.

Older gateways advertise legacy suites during the hello exchange; the control desk only
accepts AEAD suites and drops the link otherwise.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Dict, Sequence

from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

AEAD_SUITES: Dict[str, Callable[[bytes], object]] = {
    "chacha20-poly1305": ChaCha20Poly1305,
    "aes256-gcm": AESGCM,
}
SUITE_PREFERENCE = ("chacha20-poly1305", "aes256-gcm")


class NoCommonSuite(Exception):
    pass


def choose_suite(offered: Sequence[str]) -> str:
    offered_lc = {s.strip().lower() for s in offered}
    for name in SUITE_PREFERENCE:
        if name in offered_lc:
            return name
    raise NoCommonSuite(f"gateway offered only {sorted(offered_lc)}")


@dataclass
class LinkSession:
    suite: str
    key: bytes
    send_counter: int = 0

    def __post_init__(self) -> None:
        if len(self.key) != 32:
            raise ValueError("link key must be 256 bits")
        self._aead = AEAD_SUITES[self.suite](self.key)
        self._salt = os.urandom(4)

    def _nonce(self) -> bytes:
        self.send_counter += 1
        return self._salt + self.send_counter.to_bytes(8, "big")

    def seal(self, telegram: bytes, header: bytes) -> bytes:
        nonce = self._nonce()
        return nonce + self._aead.encrypt(nonce, telegram, header)

    def open(self, frame: bytes, header: bytes) -> bytes:
        return self._aead.decrypt(frame[:12], frame[12:], header)


def start_session(offered: Sequence[str], key: bytes) -> LinkSession:
    return LinkSession(choose_suite(offered), key)
