"""Passphrases for contractor badges used at the compressor and tube-trailer bays."""
import hashlib
import hmac
import secrets
from typing import ClassVar, Optional

from sqlalchemy import Column, DateTime, Integer, String, create_engine, func, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class ContractorCredential(Base):
    __tablename__ = "contractor_credentials"

    id = Column(Integer, primary_key=True)
    company = Column(String(120), nullable=False)
    badge_no = Column(String(32), unique=True, nullable=False)
    salt = Column(String(32), nullable=False)
    passphrase_hash = Column(String(128), nullable=False)
    issued_at = Column(DateTime, server_default=func.now())

    DIGEST: ClassVar[str] = "sha1"

    @classmethod
    def digest_passphrase(cls, passphrase: str, salt: str) -> str:
        h = hashlib.new(cls.DIGEST)
        h.update(salt.encode("utf-8"))
        h.update(passphrase.encode("utf-8"))
        return h.hexdigest()

    @classmethod
    def issue(cls, company: str, badge_no: str, passphrase: str) -> "ContractorCredential":
        salt = secrets.token_hex(16)
        return cls(
            company=company,
            badge_no=badge_no,
            salt=salt,
            passphrase_hash=cls.digest_passphrase(passphrase, salt),
        )

    def matches(self, passphrase: str) -> bool:
        candidate = self.digest_passphrase(passphrase, self.salt)
        return hmac.compare_digest(candidate, self.passphrase_hash)


class BadgeRegistry:
    """Enrols contractor badges and checks passphrases at the bay kiosks."""

    def __init__(self, database_url: str) -> None:
        self.engine = create_engine(database_url, pool_pre_ping=True)
        Base.metadata.create_all(self.engine)

    def enrol(self, company: str, badge_no: str, passphrase: str) -> None:
        if len(passphrase) < 10:
            raise ValueError("passphrase too short")
        with Session(self.engine) as session:
            session.add(ContractorCredential.issue(company, badge_no, passphrase))
            session.commit()

    def _find(self, session: Session, badge_no: str) -> Optional[ContractorCredential]:
        stmt = select(ContractorCredential).where(ContractorCredential.badge_no == badge_no)
        return session.scalars(stmt).first()

    def check(self, badge_no: str, passphrase: str) -> bool:
        with Session(self.engine) as session:
            cred = self._find(session, badge_no)
            return cred is not None and cred.matches(passphrase)
