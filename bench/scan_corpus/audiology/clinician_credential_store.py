"""Credential storage for clinician accounts at the audiology clinic network."""
from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass

from sqlalchemy import Column, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class HashingSettings:
    """Tunables shared by the clinician and front-desk account stores."""

    algorithm = "sha256"
    iterations = 20_000
    salt_bytes = 16


class Clinician(Base):
    __tablename__ = "clinicians"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    clinic_code = Column(String(16), nullable=False)
    password_hash = Column(String(255), nullable=False)


@dataclass
class CredentialHasher:
    settings: type[HashingSettings] = HashingSettings

    def derive(self, password: str, salt: bytes) -> bytes:
        cfg = self.settings
        return hashlib.pbkdf2_hmac(cfg.algorithm, password.encode(), salt, cfg.iterations)

    def encode(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        digest = self.derive(password, salt)
        return "$".join(
            [
                self.settings.algorithm,
                str(self.settings.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )


class ClinicianAccountStore:
    def __init__(self, dsn: str, hasher: CredentialHasher | None = None) -> None:
        self.engine = create_engine(dsn, future=True)
        self.hasher = hasher or CredentialHasher()

    def register(self, email: str, clinic_code: str, password: str) -> int:
        with Session(self.engine) as session:
            clinician = Clinician(
                email=email.lower(),
                clinic_code=clinic_code,
                password_hash=self.hasher.encode(password),
            )
            session.add(clinician)
            session.commit()
            return clinician.id
