"""End-to-end encryption for MQTT payloads between the hub and battery sensors.

Sensors share a per-device key provisioned at pairing time; the broker only
ever sees ciphertext.
"""
import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_LEN = 12


@dataclass(frozen=True)
class SealedMessage:
    topic: str
    nonce: bytes
    ciphertext: bytes

    def to_bytes(self) -> bytes:
        return struct.pack(">B", NONCE_LEN) + self.nonce + self.ciphertext

    @classmethod
    def from_bytes(cls, topic: str, raw: bytes) -> "SealedMessage":
        (nonce_len,) = struct.unpack(">B", raw[:1])
        if nonce_len != NONCE_LEN:
            raise ValueError("unexpected nonce length")
        return cls(topic, raw[1 : 1 + nonce_len], raw[1 + nonce_len :])


class PayloadCipher:
    def __init__(self, device_key: bytes) -> None:
        self._aead = ChaCha20Poly1305(device_key)

    def seal(self, topic: str, payload: bytes) -> SealedMessage:
        nonce = os.urandom(NONCE_LEN)
        return SealedMessage(topic, nonce, self._aead.encrypt(nonce, payload, topic.encode()))

    def open(self, message: SealedMessage) -> bytes:
        return self._aead.decrypt(message.nonce, message.ciphertext, message.topic.encode())
