"""Encrypts command envelopes sent to the in-car telematics units.

Commands (lock, unlock, immobilise, horn) travel over the cellular gateway
and are decrypted by the head unit using the per-fleet key.
"""
import json
import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class CommandEnvelope:
    vin: str
    command: str
    issued_at: int

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), separators=(",", ":")).encode()


class TelematicsCipher:
    """AES-GCM wrapper shared by the command dispatcher and the replay tool."""

    KEY_ENV = "TELEMATICS_AEAD_KEY"
    NONCE = bytes.fromhex("a3f1c09e5b7d2e4461f8093c")

    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or bytes.fromhex(os.environ[self.KEY_ENV]))

    def encrypt(self, envelope: CommandEnvelope) -> bytes:
        return self._aead.encrypt(self.NONCE, envelope.to_bytes(), envelope.vin.encode())

    def decrypt(self, vin: str, blob: bytes) -> CommandEnvelope:
        data = self._aead.decrypt(self.NONCE, blob, vin.encode())
        return CommandEnvelope(**json.loads(data))


def build_command(vin: str, command: str) -> CommandEnvelope:
    if command not in {"lock", "unlock", "immobilise", "horn"}:
        raise ValueError(f"unsupported command {command!r}")
    return CommandEnvelope(vin=vin, command=command, issued_at=int(time.time()))
