"""Encrypted storage of medical and allergy notes for youth squad athletes."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class VaultConfig:
    enc_key_env = "YOUTH_NOTES_ENC_KEY"
    mac_key_env = "YOUTH_NOTES_MAC_KEY"
    iv = bytes.fromhex("3f1a9c0d7e5b2a648c11d0e9f4a27b56")


@dataclass
class SealedNote:
    athlete_id: int
    ciphertext: bytes
    tag: bytes

    def to_text(self) -> str:
        blob = base64.urlsafe_b64encode(self.ciphertext + self.tag)
        return f"{self.athlete_id}:{blob.decode('ascii')}"

    @classmethod
    def from_text(cls, text: str) -> "SealedNote":
        athlete, blob = text.split(":", 1)
        raw = base64.urlsafe_b64decode(blob)
        return cls(int(athlete), raw[:-32], raw[-32:])


class MedicalNotesVault:
    def __init__(self, config: type[VaultConfig] = VaultConfig) -> None:
        self._enc_key = base64.b64decode(os.environ[config.enc_key_env])
        self._mac_key = base64.b64decode(os.environ[config.mac_key_env])
        self._iv = config.iv

    def _mac(self, athlete_id: int, data: bytes) -> bytes:
        h = hmac.HMAC(self._mac_key, hashes.SHA256())
        h.update(str(athlete_id).encode("ascii") + b"|" + data)
        return h.finalize()

    def seal(self, athlete_id: int, note: str) -> SealedNote:
        padder = padding.PKCS7(128).padder()
        data = padder.update(note.encode("utf-8")) + padder.finalize()
        enc = Cipher(algorithms.AES(self._enc_key), modes.CBC(self._iv)).encryptor()
        ct = enc.update(data) + enc.finalize()
        return SealedNote(athlete_id, ct, self._mac(athlete_id, ct))

    def open(self, sealed: SealedNote) -> str:
        h = hmac.HMAC(self._mac_key, hashes.SHA256())
        h.update(str(sealed.athlete_id).encode("ascii") + b"|" + sealed.ciphertext)
        h.verify(sealed.tag)
        dec = Cipher(algorithms.AES(self._enc_key), modes.CBC(self._iv)).decryptor()
        data = dec.update(sealed.ciphertext) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def reseal_all(vault: MedicalNotesVault, rows: list[tuple[int, str]]) -> list[str]:
    return [vault.seal(athlete_id, note).to_text() for athlete_id, note in rows]
