"""Release passphrases for high-value collector consignments.

When a collector sends in a rare volume worth more than the insurance
threshold, they choose a passphrase that whoever collects the finished book
must give at the counter. Only a derived hash of it is kept on the job.
"""
import hashlib
import hmac
import os

from sqlalchemy import Column, Integer, LargeBinary, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

SCRYPT_PARAMS = {"n": 2**15, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024, "dklen": 32}


class ReleasePassphrase(Base):
    __tablename__ = "release_passphrases"

    job_id = Column(Integer, primary_key=True)
    salt = Column(LargeBinary(16), nullable=False)
    derived = Column(LargeBinary(32), nullable=False)
    hint = Column(String(80))


def _derive(passphrase: str, salt: bytes) -> bytes:
    normalised = " ".join(passphrase.split()).lower().encode("utf-8")
    return hashlib.scrypt(normalised, salt=salt, **SCRYPT_PARAMS)


def set_passphrase(db: Session, job_id: int, passphrase: str, hint: str | None = None) -> None:
    salt = os.urandom(16)
    record = db.get(ReleasePassphrase, job_id) or ReleasePassphrase(job_id=job_id)
    record.salt = salt
    record.derived = _derive(passphrase, salt)
    record.hint = hint
    db.add(record)
    db.commit()


def check_passphrase(db: Session, job_id: int, spoken: str) -> bool:
    record = db.get(ReleasePassphrase, job_id)
    if record is None:
        return False
    return hmac.compare_digest(record.derived, _derive(spoken, record.salt))
