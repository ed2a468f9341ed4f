"""Storage helper for players' emergency contact details."""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

NONCE_LEN = 12
TAG_LEN = 16


@dataclass
class EmergencyContact:
    name: str
    relationship: str
    phone: str


class EmergencyContactStore:
    """Encrypts contact records before they are written to the players table."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._key = key

    @classmethod
    def from_env(cls) -> "EmergencyContactStore":
        return cls(bytes.fromhex(os.environ["EMERGENCY_CONTACT_KEY"]))

    def seal(self, player_id: int, contact: EmergencyContact) -> bytes:
        nonce = get_random_bytes(NONCE_LEN)
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
        cipher.update(str(player_id).encode())
        ciphertext, tag = cipher.encrypt_and_digest(json.dumps(asdict(contact)).encode())
        return nonce + tag + ciphertext

    def open(self, player_id: int, blob: bytes) -> EmergencyContact:
        nonce = blob[:NONCE_LEN]
        tag = blob[NONCE_LEN:NONCE_LEN + TAG_LEN]
        ciphertext = blob[NONCE_LEN + TAG_LEN:]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
        cipher.update(str(player_id).encode())
        plaintext = cipher.decrypt_and_verify(ciphertext, tag)
        return EmergencyContact(**json.loads(plaintext))
