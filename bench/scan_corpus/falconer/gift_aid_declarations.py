"""Stores Gift Aid declarations made by donors to the raptor rescue fund.

Declarations include the donor's home address and postcode, which HMRC
requires for claims, so the address block is kept encrypted at rest.
"""
import base64
import os
from dataclasses import dataclass
from datetime import date

from Crypto.Cipher import DES3
from Crypto.Util.Padding import pad, unpad

from falconer.config import settings


@dataclass
class Declaration:
    donor_id: int
    full_name: str
    address: str
    postcode: str
    declared_on: date


class DeclarationStore:
    def __init__(self, db, key: bytes | None = None):
        self.db = db
        self._key = DES3.adjust_key_parity(key or base64.b64decode(settings.GIFT_AID_KEY))

    def _cipher(self, iv: bytes):
        return DES3.new(self._key, DES3.MODE_CBC, iv=iv)

    def _encrypt(self, text: str) -> str:
        iv = os.urandom(DES3.block_size)
        cipher = self._cipher(iv)
        return base64.b64encode(iv + cipher.encrypt(pad(text.encode("utf-8"), DES3.block_size))).decode()

    def _decrypt(self, blob: str) -> str:
        raw = base64.b64decode(blob)
        iv, body = raw[: DES3.block_size], raw[DES3.block_size :]
        cipher = self._cipher(iv)
        return unpad(cipher.decrypt(body), DES3.block_size).decode("utf-8")

    def save(self, declaration: Declaration) -> None:
        self.db.execute(
            "INSERT INTO gift_aid_declarations (donor_id, full_name, address_enc, declared_on) "
            "VALUES (%s, %s, %s, %s)",
            (
                declaration.donor_id,
                declaration.full_name,
                self._encrypt(f"{declaration.address}\n{declaration.postcode}"),
                declaration.declared_on,
            ),
        )

    def address_for(self, donor_id: int) -> tuple[str, str]:
        row = self.db.execute(
            "SELECT address_enc FROM gift_aid_declarations WHERE donor_id = %s ORDER BY declared_on DESC LIMIT 1",
            (donor_id,),
        ).fetchone()
        address, postcode = self._decrypt(row[0]).rsplit("\n", 1)
        return address, postcode
