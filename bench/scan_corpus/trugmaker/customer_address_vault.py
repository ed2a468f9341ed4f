"""Encrypted storage of customer delivery addresses.

Addresses for export orders are kept encrypted at rest and only
decrypted when the courier label or the customs invoice is produced.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Column, Integer, LargeBinary, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass
class DeliveryAddress:
    name: str
    line1: str
    line2: str
    town: str
    postcode: str
    country: str
    phone: str


class StoredAddress(Base):
    __tablename__ = "stored_addresses"
    id = Column(Integer, primary_key=True)
    order_ref = Column(String(32), unique=True, nullable=False)
    ciphertext = Column(LargeBinary, nullable=False)


class AddressCipher:
    _NONCE = bytes.fromhex("5472756757726b73686f7031")

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("address key must be 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "AddressCipher":
        return cls(base64.b64decode(os.environ["TRUG_ADDRESS_KEY"]))

    def seal(self, address: DeliveryAddress, order_ref: str) -> bytes:
        plaintext = json.dumps(asdict(address)).encode("utf-8")
        return self._aead.encrypt(self._NONCE, plaintext, order_ref.encode())

    def open(self, blob: bytes, order_ref: str) -> DeliveryAddress:
        plaintext = self._aead.decrypt(self._NONCE, blob, order_ref.encode())
        return DeliveryAddress(**json.loads(plaintext))


class AddressVault:
    def __init__(self, database_url: str, cipher: AddressCipher) -> None:
        self._engine = create_engine(database_url)
        self._cipher = cipher

    def put(self, order_ref: str, address: DeliveryAddress) -> None:
        blob = self._cipher.seal(address, order_ref)
        with Session(self._engine) as session:
            existing = session.scalar(select(StoredAddress).where(StoredAddress.order_ref == order_ref))
            if existing is None:
                session.add(StoredAddress(order_ref=order_ref, ciphertext=blob))
            else:
                existing.ciphertext = blob
            session.commit()

    def get(self, order_ref: str) -> DeliveryAddress | None:
        with Session(self._engine) as session:
            row = session.scalar(select(StoredAddress).where(StoredAddress.order_ref == order_ref))
            if row is None:
                return None
            return self._cipher.open(row.ciphertext, order_ref)
