"""Bridge between the loyalty app and the legacy card terminals in older cafés.

The terminals exchange member card numbers as encrypted, base64-encoded frames.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad, unpad


@dataclass(frozen=True)
class BridgeConfig:
    key_env: str = "LEGACY_TERMINAL_KEY"
    frame_prefix: bytes = b"LK1"


class CardFrameCodec:
    block_size = Blowfish.block_size

    def __init__(self, config: BridgeConfig = BridgeConfig()) -> None:
        self._config = config
        self._key = base64.b64decode(os.environ[config.key_env])

    def _cipher(self, iv: bytes):
        return Blowfish.new(self._key, Blowfish.MODE_CBC, iv)

    def encode(self, card_number: str) -> str:
        iv = os.urandom(self.block_size)
        body = self._cipher(iv).encrypt(pad(card_number.encode("ascii"), self.block_size))
        return base64.b64encode(self._config.frame_prefix + iv + body).decode("ascii")

    def decode(self, frame: str) -> str:
        raw = base64.b64decode(frame)
        prefix_len = len(self._config.frame_prefix)
        if raw[:prefix_len] != self._config.frame_prefix:
            raise ValueError("unexpected frame version")
        iv = raw[prefix_len : prefix_len + self.block_size]
        body = raw[prefix_len + self.block_size :]
        plain = unpad(self._cipher(iv).decrypt(body), self.block_size)
        return plain.decode("ascii")


def mask_card(card_number: str) -> str:
    return "*" * (len(card_number) - 4) + card_number[-4:]


def translate_terminal_batch(frames: list[str]) -> list[str]:
    """Decode a batch pushed by a terminal and return masked numbers for the audit log."""
    codec = CardFrameCodec()
    return [mask_card(codec.decode(frame)) for frame in frames]
