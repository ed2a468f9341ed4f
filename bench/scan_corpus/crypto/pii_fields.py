"""Encrypted model fields for personal data (SQLAlchemy).

Keys are listed newest-first in ``PII_FERNET_KEYS`` (comma separated) so the
key can be rotated without a big-bang migration.
"""
import os
from functools import lru_cache

from cryptography.fernet import Fernet, MultiFernet
from sqlalchemy import Column, Date, Integer, String
from sqlalchemy.orm import declarative_base
from sqlalchemy.types import LargeBinary, TypeDecorator

Base = declarative_base()


@lru_cache(maxsize=1)
def _fernet() -> MultiFernet:
    keys = [k.strip() for k in os.environ["PII_FERNET_KEYS"].split(",") if k.strip()]
    return MultiFernet([Fernet(k) for k in keys])


class EncryptedText(TypeDecorator):
    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return _fernet().encrypt(value.encode("utf-8"))

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return _fernet().decrypt(value).decode("utf-8")


class Patient(Base):
    __tablename__ = "patients"

    id = Column(Integer, primary_key=True)
    mrn = Column(String(32), unique=True, nullable=False)
    full_name = Column(EncryptedText, nullable=False)
    national_id = Column(EncryptedText)
    date_of_birth = Column(Date)


def rotate_row(patient: Patient) -> None:
    """Re-encrypt a row under the newest key (used by the rotation job)."""
    for attr in ("full_name", "national_id"):
        value = getattr(patient, attr)
        if value is not None:
            setattr(patient, attr, value)
