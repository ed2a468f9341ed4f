"""Encrypted column helpers for grower tax and VAT references."""
import base64
import os
from dataclasses import dataclass

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes
from sqlalchemy import Column, Integer, LargeBinary
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CIPHER_CONFIG = {
    "key_env": "GROWER_TAX_DATA_KEY",
    "mode": _AES.MODE_GCM,
    "nonce_bytes": 12,
    "tag_bytes": 16,
}


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[CIPHER_CONFIG["key_env"]])
    if len(key) != 32:
        raise RuntimeError("tax data key must be 256 bits")
    return key


def seal(value: str, key: bytes, context: bytes) -> bytes:
    nonce = get_random_bytes(CIPHER_CONFIG["nonce_bytes"])
    cipher = _AES.new(key, CIPHER_CONFIG["mode"], nonce=nonce, mac_len=CIPHER_CONFIG["tag_bytes"])
    cipher.update(context)
    ciphertext, tag = cipher.encrypt_and_digest(value.encode("utf-8"))
    return nonce + tag + ciphertext


def unseal(blob: bytes, key: bytes, context: bytes) -> str:
    n, t = CIPHER_CONFIG["nonce_bytes"], CIPHER_CONFIG["tag_bytes"]
    nonce, tag, ciphertext = blob[:n], blob[n:n + t], blob[n + t:]
    cipher = _AES.new(key, CIPHER_CONFIG["mode"], nonce=nonce, mac_len=t)
    cipher.update(context)
    return cipher.decrypt_and_verify(ciphertext, tag).decode("utf-8")


class GrowerTaxRecord(Base):
    __tablename__ = "grower_tax_records"
    id = Column(Integer, primary_key=True)
    grower_id = Column(Integer, nullable=False, unique=True)
    utr_enc = Column(LargeBinary, nullable=False)
    vat_enc = Column(LargeBinary, nullable=True)


@dataclass
class TaxReferences:
    utr: str
    vat_number: str | None = None


def save_tax_references(session: Session, grower_id: int, refs: TaxReferences) -> None:
    key = _load_key()
    ctx = f"grower:{grower_id}".encode()
    record = session.query(GrowerTaxRecord).filter_by(grower_id=grower_id).one_or_none()
    if record is None:
        record = GrowerTaxRecord(grower_id=grower_id)
        session.add(record)
    record.utr_enc = seal(refs.utr, key, ctx)
    record.vat_enc = seal(refs.vat_number, key, ctx) if refs.vat_number else None
    session.commit()


def load_tax_references(session: Session, grower_id: int) -> TaxReferences:
    key = _load_key()
    ctx = f"grower:{grower_id}".encode()
    record = session.query(GrowerTaxRecord).filter_by(grower_id=grower_id).one()
    vat = unseal(record.vat_enc, key, ctx) if record.vat_enc else None
    return TaxReferences(utr=unseal(record.utr_enc, key, ctx), vat_number=vat)
