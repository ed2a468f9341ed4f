"""Encrypt Gift Aid declarations (name, home address) at rest.

Records are exported to the tax claim job; the rest of the donor portal only
sees the sealed blob.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

IV_LEN = 12
TAG_LEN = 16
HEADER = b"GA1"


@dataclass
class GiftAidDeclaration:
    donor_id: int
    full_name: str
    house_number: str
    postcode: str
    declared_on: str


def _mode_for(iv: bytes, tag: bytes | None = None) -> modes.Mode:
    return modes.GCM(iv, tag) if tag else modes.GCM(iv)


class DeclarationCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._key = key

    def seal(self, declaration: GiftAidDeclaration) -> bytes:
        iv = os.urandom(IV_LEN)
        encryptor = Cipher(algorithms.AES(self._key), _mode_for(iv)).encryptor()
        encryptor.authenticate_additional_data(HEADER + str(declaration.donor_id).encode())
        body = encryptor.update(json.dumps(asdict(declaration)).encode()) + encryptor.finalize()
        return HEADER + iv + encryptor.tag + body

    def open(self, donor_id: int, blob: bytes) -> GiftAidDeclaration:
        if not blob.startswith(HEADER):
            raise ValueError("unrecognised declaration blob")
        rest = blob[len(HEADER) :]
        iv, tag, body = rest[:IV_LEN], rest[IV_LEN : IV_LEN + TAG_LEN], rest[IV_LEN + TAG_LEN :]
        decryptor = Cipher(algorithms.AES(self._key), _mode_for(iv, tag)).decryptor()
        decryptor.authenticate_additional_data(HEADER + str(donor_id).encode())
        plain = decryptor.update(body) + decryptor.finalize()
        return GiftAidDeclaration(**json.loads(plain))


def cipher_from_env(var: str = "GIFT_AID_KEY_HEX") -> DeclarationCipher:
    return DeclarationCipher(bytes.fromhex(os.environ[var]))
