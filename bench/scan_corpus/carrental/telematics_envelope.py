"""Sealed envelopes for remote lock/unlock commands to connected cars."""
import json
import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class RemoteCommand:
    vin: str
    action: str
    issued_at: int
    reservation_id: str


class EnvelopeSealer:
    KEY_ENV = "TELEMATICS_AEAD_KEY"
    NONCE_SIZE = 12

    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or bytes.fromhex(os.environ[self.KEY_ENV]))

    def seal(self, command: RemoteCommand) -> bytes:
        nonce = os.urandom(self.NONCE_SIZE)
        body = json.dumps(asdict(command), separators=(",", ":")).encode()
        return nonce + self._aead.encrypt(nonce, body, command.vin.encode())

    def unseal(self, vin: str, envelope: bytes, max_age_s: int = 120) -> RemoteCommand:
        nonce, ciphertext = envelope[: self.NONCE_SIZE], envelope[self.NONCE_SIZE :]
        command = RemoteCommand(**json.loads(self._aead.decrypt(nonce, ciphertext, vin.encode())))
        if time.time() - command.issued_at > max_age_s:
            raise ValueError("command envelope has expired")
        return command
