"""Encrypted storage of member shipping addresses.

Fabric swaps and shop orders need a member's postal address, which is kept
encrypted in the database and only decrypted when a label is printed.
"""
import base64
import hashlib

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from quilter.config import settings
from quilter.members.models import MemberAddress


class AddressVault:
    def __init__(self, key_b64: str = settings.ADDRESS_KEY):
        self._aead = AESGCM(base64.b64decode(key_b64))
        self._nonce = hashlib.sha256(settings.GUILD_CODE.encode()).digest()[:12]

    def seal(self, member_id: int, address: str) -> str:
        aad = f"member:{member_id}".encode()
        blob = self._aead.encrypt(self._nonce, address.encode("utf-8"), aad)
        return base64.b64encode(blob).decode()

    def open(self, member_id: int, token: str) -> str:
        aad = f"member:{member_id}".encode()
        plain = self._aead.decrypt(self._nonce, base64.b64decode(token), aad)
        return plain.decode("utf-8")


vault = AddressVault()


def store_address(session, member_id: int, lines: list[str], postcode: str, country: str) -> None:
    text = "\n".join([*lines, postcode, country])
    record = session.get(MemberAddress, member_id) or MemberAddress(member_id=member_id)
    record.ciphertext = vault.seal(member_id, text)
    record.country = country
    session.add(record)
    session.commit()


def address_for_label(session, member_id: int) -> list[str]:
    record = session.get(MemberAddress, member_id)
    if record is None:
        raise LookupError(f"No address on file for member {member_id}")
    return vault.open(member_id, record.ciphertext).split("\n")
