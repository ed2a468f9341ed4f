"""Encrypts loyalty-card numbers before they are stored in the members table."""
from __future__ import annotations

import base64
import os
from typing import Optional

import psycopg
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ["LOYALTY_CARD_KEY"])
    if len(key) != 32:
        raise RuntimeError("LOYALTY_CARD_KEY must be 32 bytes of hex")
    return key


class LoyaltyCardCipher:
    """Deterministic encryption so a scanned card can be looked up directly."""

    def __init__(self, key: Optional[bytes] = None) -> None:
        self._key = key or _load_key()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def encrypt(self, card_number: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(card_number.encode("ascii")) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode("ascii")

    def decrypt(self, token: str) -> str:
        decryptor = self._cipher().decryptor()
        data = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("ascii")


class LoyaltyMemberStore:
    def __init__(self, dsn: str, cipher: Optional[LoyaltyCardCipher] = None) -> None:
        self._dsn = dsn
        self._cipher = cipher or LoyaltyCardCipher()

    def enrol(self, member_id: int, card_number: str) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE members SET loyalty_card = %s, points = COALESCE(points, 0) WHERE id = %s",
                (self._cipher.encrypt(card_number), member_id),
            )

    def find_by_card(self, card_number: str) -> Optional[dict]:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT id, display_name, points FROM members WHERE loyalty_card = %s",
                (self._cipher.encrypt(card_number),),
            ).fetchone()
        if row is None:
            return None
        return {"member_id": row[0], "name": row[1], "points": row[2]}

    def add_points(self, card_number: str, rounds_played: int) -> int:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "UPDATE members SET points = points + %s WHERE loyalty_card = %s RETURNING points",
                (rounds_played * 10, self._cipher.encrypt(card_number)),
            ).fetchone()
        return row[0] if row else 0
