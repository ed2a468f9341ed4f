"""Encrypts loyalty member contact details before they reach the CRM table."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class LoyaltyMember:
    member_id: int
    full_name: str
    phone: str
    favourite_flavour: str


class FieldCipher:
    block_mode = modes.ECB
    block_bits = 128

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("loyalty vault key must be an AES key")
        self._key = key

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode())

    def seal(self, value: str) -> str:
        padder = padding.PKCS7(self.block_bits).padder()
        data = padder.update(value.encode()) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode()

    def open(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode()


class LoyaltyVault:
    def __init__(self, cipher: FieldCipher | None = None) -> None:
        self._cipher = cipher or FieldCipher(base64.b64decode(os.environ["LOYALTY_VAULT_KEY"]))

    def to_row(self, member: LoyaltyMember) -> dict[str, object]:
        return {
            "member_id": member.member_id,
            "full_name": self._cipher.seal(member.full_name),
            "phone": self._cipher.seal(member.phone),
            "favourite_flavour": member.favourite_flavour,
        }

    def from_row(self, row: dict[str, object]) -> LoyaltyMember:
        return LoyaltyMember(
            member_id=int(row["member_id"]),
            full_name=self._cipher.open(str(row["full_name"])),
            phone=self._cipher.open(str(row["phone"])),
            favourite_flavour=str(row["favourite_flavour"]),
        )
