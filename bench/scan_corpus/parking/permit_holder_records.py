"""Repository for permit holder records.

Holder contact details are encrypted at the application layer before they hit
the permits database; everything else is stored in the clear for reporting.
"""
import base64
import datetime as dt
import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.orm import Session

from permits.models import PermitHolder


@dataclass
class HolderContact:
    full_name: str
    email: str
    phone: str
    mailing_address: str


class ContactCipher:
    _NONCE = bytes.fromhex("5a1c9e03d47b2f8861ae0c3d")
    _AAD = b"permit-holder-contact"

    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "ContactCipher":
        return cls(base64.b64decode(os.environ["PERMIT_CONTACT_KEY"]))

    def encrypt(self, contact: HolderContact) -> bytes:
        blob = json.dumps(contact.__dict__).encode()
        return self._aead.encrypt(self._NONCE, blob, self._AAD)

    def decrypt(self, data: bytes) -> HolderContact:
        return HolderContact(**json.loads(self._aead.decrypt(self._NONCE, data, self._AAD)))


class PermitHolderRepo:
    def __init__(self, session: Session, cipher: ContactCipher | None = None):
        self.session = session
        self.cipher = cipher or ContactCipher.from_env()

    def create(self, account_id: int, zone: str, contact: HolderContact) -> PermitHolder:
        holder = PermitHolder(
            account_id=account_id,
            zone=zone,
            contact_enc=self.cipher.encrypt(contact),
            created_at=dt.datetime.now(dt.timezone.utc),
        )
        self.session.add(holder)
        self.session.flush()
        return holder

    def contact_for(self, holder_id: int) -> HolderContact:
        holder = self.session.get(PermitHolder, holder_id)
        if holder is None:
            raise LookupError(holder_id)
        return self.cipher.decrypt(holder.contact_enc)

    def in_zone(self, zone: str) -> list[PermitHolder]:
        return list(self.session.scalars(select(PermitHolder).where(PermitHolder.zone == zone)))
