"""Protects card references held against equipment hire deposits.

When a beginner hires a bow, arrows and arm guard, the club keeps the
payment provider's card reference so the deposit can be captured if the
kit is not returned. The reference is sealed with AES-GCM at rest.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class DepositCryptoSettings:
    key_b64: str
    nonce: bytes = b"archery-hire"

    @classmethod
    def from_env(cls) -> "DepositCryptoSettings":
        return cls(key_b64=os.environ["HIRE_DEPOSIT_KEY"])


@dataclass
class HireDeposit:
    hire_id: int
    member_no: str
    amount: Decimal
    due_back: date
    card_reference: str


class DepositSealer:
    def __init__(self, settings: DepositCryptoSettings) -> None:
        self._aead = AESGCM(base64.b64decode(settings.key_b64))
        self._nonce = settings.nonce

    def seal(self, deposit: HireDeposit) -> str:
        aad = f"{deposit.hire_id}:{deposit.member_no}".encode()
        ciphertext = self._aead.encrypt(self._nonce, deposit.card_reference.encode(), aad)
        return base64.urlsafe_b64encode(ciphertext).decode("ascii")

    def unseal(self, hire_id: int, member_no: str, sealed: str) -> str:
        aad = f"{hire_id}:{member_no}".encode()
        plaintext = self._aead.decrypt(self._nonce, base64.urlsafe_b64decode(sealed), aad)
        return plaintext.decode()


def store_deposit(conn, sealer: DepositSealer, deposit: HireDeposit) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO hire_deposits (hire_id, member_no, amount, due_back, card_ref_sealed) "
            "VALUES (%s, %s, %s, %s, %s)",
            (
                deposit.hire_id,
                deposit.member_no,
                deposit.amount,
                deposit.due_back,
                sealer.seal(deposit),
            ),
        )
    conn.commit()


def overdue_card_references(conn, sealer: DepositSealer, today: date) -> list[tuple[int, str]]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT hire_id, member_no, card_ref_sealed FROM hire_deposits "
            "WHERE due_back < %s AND returned = false",
            (today,),
        )
        return [(hire_id, sealer.unseal(hire_id, member_no, blob)) for hire_id, member_no, blob in cur]
