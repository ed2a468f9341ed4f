"""Field encryption for members' postal addresses.

Addresses are needed to post thread orders and workshop kits, but are kept
encrypted in the members table and only decrypted when a parcel is packed.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base
from sqlalchemy.types import TypeDecorator

Base = declarative_base()

NONCE_SIZE = 12
CONTEXT = b"members.address"


def _key() -> bytes:
    return base64.b64decode(os.environ["MEMBER_ADDRESS_KEY"])


def encrypt_field(value: str, key: bytes | None = None) -> str:
    nonce = os.urandom(NONCE_SIZE)
    sealed = AESGCM(key or _key()).encrypt(nonce, value.encode("utf-8"), CONTEXT)
    return base64.urlsafe_b64encode(nonce + sealed).decode("ascii")


def decrypt_field(token: str, key: bytes | None = None) -> str:
    raw = base64.urlsafe_b64decode(token.encode("ascii"))
    nonce, sealed = raw[:NONCE_SIZE], raw[NONCE_SIZE:]
    return AESGCM(key or _key()).decrypt(nonce, sealed, CONTEXT).decode("utf-8")


class EncryptedText(TypeDecorator):
    impl = String(1024)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else encrypt_field(value)

    def process_result_value(self, value, dialect):
        return None if value is None else decrypt_field(value)


class MemberAddress(Base):
    __tablename__ = "member_addresses"
    id = Column(Integer, primary_key=True)
    member_id = Column(Integer, nullable=False, index=True)
    label = Column(String(40), default="Home")
    lines = Column(EncryptedText)
    postcode = Column(EncryptedText)
    country = Column(String(2), nullable=False, default="GB")
