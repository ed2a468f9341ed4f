"""Encrypted storage of insurance member ids.

Member ids are looked up by exact match from the intake screen, so the
ciphertext has to be deterministic for the same input.
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class MemberIdVault:
    block_iv = bytes.fromhex("3a91c07e5d2b4f6819e0a7c4d36b5f02")

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or base64.b64decode(os.environ["MEMBER_ID_KEY"])

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_CBC, iv=self.block_iv)

    def seal(self, member_id: str) -> str:
        normalised = member_id.strip().upper().encode("ascii")
        return base64.b64encode(self._cipher().encrypt(pad(normalised, 16))).decode()

    def open(self, sealed: str) -> str:
        data = self._cipher().decrypt(base64.b64decode(sealed))
        return unpad(data, 16).decode("ascii")


def find_patient_by_member_id(db, vault: MemberIdVault, member_id: str):
    sealed = vault.seal(member_id)
    return db.execute(
        "SELECT id, first_name, last_name FROM patients WHERE member_id_enc = %s",
        (sealed,),
    ).fetchone()
