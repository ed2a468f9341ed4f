"""Encrypted storage of commission briefs (client address, phone, private notes).

Commission enquiries arrive through the website form; the personal parts are
encrypted before they are written to the commissions table.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

import psycopg
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["COMMISSION_VAULT_KEY"])
    if len(key) != 32:
        raise RuntimeError("COMMISSION_VAULT_KEY must decode to 32 bytes")
    return key


@dataclass
class CommissionBrief:
    client_name: str
    address: str
    phone: str
    notes: str
    piece_type: str
    budget_gbp: int


class BriefVault:
    def __init__(self, dsn: str) -> None:
        self._key = _load_key()
        self._dsn = dsn

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def encrypt(self, text: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(text.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def decrypt(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")

    def store(self, brief: CommissionBrief) -> int:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "INSERT INTO commissions (client_name, address_enc, phone_enc, notes_enc, "
                "piece_type, budget_gbp) VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                (
                    brief.client_name,
                    self.encrypt(brief.address),
                    self.encrypt(brief.phone),
                    self.encrypt(brief.notes),
                    brief.piece_type,
                    brief.budget_gbp,
                ),
            ).fetchone()
            return row[0]

    def load(self, commission_id: int) -> CommissionBrief:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT client_name, address_enc, phone_enc, notes_enc, piece_type, budget_gbp "
                "FROM commissions WHERE id = %s",
                (commission_id,),
            ).fetchone()
        if row is None:
            raise KeyError(commission_id)
        name, addr, phone, notes, piece, budget = row
        return CommissionBrief(
            client_name=name,
            address=self.decrypt(addr),
            phone=self.decrypt(phone),
            notes=self.decrypt(notes),
            piece_type=piece,
            budget_gbp=budget,
        )
