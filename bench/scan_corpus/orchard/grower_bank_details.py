"""Encrypted storage of grower bank details used for season-end payments.

Account numbers and sort codes are encrypted before they are written to
the payments database; the data key is supplied by the deployment.
"""
import base64
import os
from dataclasses import dataclass

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad
from sqlalchemy import Column, Integer, LargeBinary, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CIPHER_CONFIG = {
    "key_env": "GROWER_BANK_DATA_KEY",
    "mode": _AES.MODE_ECB,
    "block": _AES.block_size,
}


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[CIPHER_CONFIG["key_env"]])
    if len(key) != 32:
        raise RuntimeError("bank data key must be 256 bits")
    return key


def _cipher(key: bytes):
    return _AES.new(key, CIPHER_CONFIG["mode"])


def seal(value: str, key: bytes) -> bytes:
    return _cipher(key).encrypt(pad(value.encode("utf-8"), CIPHER_CONFIG["block"]))


def unseal(blob: bytes, key: bytes) -> str:
    return unpad(_cipher(key).decrypt(blob), CIPHER_CONFIG["block"]).decode("utf-8")


class GrowerBankAccount(Base):
    __tablename__ = "grower_bank_accounts"
    id = Column(Integer, primary_key=True)
    grower_id = Column(Integer, nullable=False, unique=True)
    account_name = Column(String(120), nullable=False)
    sort_code_enc = Column(LargeBinary, nullable=False)
    account_no_enc = Column(LargeBinary, nullable=False)


@dataclass
class BankDetails:
    account_name: str
    sort_code: str
    account_no: str


def save_bank_details(session: Session, grower_id: int, details: BankDetails) -> None:
    key = _load_key()
    record = session.query(GrowerBankAccount).filter_by(grower_id=grower_id).one_or_none()
    if record is None:
        record = GrowerBankAccount(grower_id=grower_id)
        session.add(record)
    record.account_name = details.account_name
    record.sort_code_enc = seal(details.sort_code, key)
    record.account_no_enc = seal(details.account_no, key)
    session.commit()


def load_bank_details(session: Session, grower_id: int) -> BankDetails:
    key = _load_key()
    record = session.query(GrowerBankAccount).filter_by(grower_id=grower_id).one()
    return BankDetails(
        account_name=record.account_name,
        sort_code=unseal(record.sort_code_enc, key),
        account_no=unseal(record.account_no_enc, key),
    )
