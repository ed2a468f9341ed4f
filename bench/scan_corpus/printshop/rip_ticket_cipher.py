"""Encryption of job tickets dropped into the RIP server's hot folders.

The hot folders sit on a share that several workstations can read, so the
ticket payload (customer name, delivery address, job notes) is encrypted and
the RIP-side plugin decrypts it with the same key.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class TicketCipher:
    BLOCK_BITS = 128
    IV = bytes.fromhex("3a9f1c0b7e2d4a6581c3e5f7092b4d6f")

    def __init__(self, key: bytes) -> None:
        self._key = key

    @classmethod
    def from_env(cls) -> "TicketCipher":
        return cls(bytes.fromhex(os.environ["RIP_TICKET_KEY"]))

    def encrypt(self, payload: bytes) -> bytes:
        padder = padding.PKCS7(self.BLOCK_BITS).padder()
        padded = padder.update(payload) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.CBC(self.IV)).encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def decrypt(self, blob: bytes) -> bytes:
        decryptor = Cipher(algorithms.AES(self._key), modes.CBC(self.IV)).decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(self.BLOCK_BITS).unpadder()
        return unpadder.update(padded) + unpadder.finalize()


def drop_ticket(hot_folder: Path, job_id: str, ticket: dict, cipher: TicketCipher) -> Path:
    target = hot_folder / f"{job_id}.tkt"
    tmp = target.with_suffix(".part")
    tmp.write_bytes(cipher.encrypt(json.dumps(ticket).encode("utf-8")))
    tmp.rename(target)
    return target
