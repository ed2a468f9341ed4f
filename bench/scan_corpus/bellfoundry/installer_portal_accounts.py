"""Account storage for the installer portal used by field crews and hanging contractors."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field
from typing import Optional

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 12_000
    salt_bytes: int = 16


@dataclass
class PortalSettings:
    database_url: str = os.environ.get("PORTAL_DB_URL", "sqlite:///installer_portal.db")
    hashing: HashingSettings = field(default_factory=HashingSettings)


class Installer(Base):
    __tablename__ = "installers"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    crew_code = Column(String(32), nullable=False)
    password_hash = Column(String(255), nullable=False)


class PasswordCodec:
    """Encodes installer passwords as ``salt$digest`` strings."""

    def __init__(self, settings: PortalSettings) -> None:
        self._settings = settings

    def encode(self, password: str, salt: Optional[bytes] = None) -> str:
        cfg = self._settings.hashing
        salt = salt or os.urandom(cfg.salt_bytes)
        digest = hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations)
        return "$".join(base64.b64encode(part).decode("ascii") for part in (salt, digest))

    def matches(self, password: str, stored: str) -> bool:
        salt_b64, _ = stored.split("$", 1)
        candidate = self.encode(password, base64.b64decode(salt_b64))
        return hmac.compare_digest(candidate, stored)


class InstallerAccounts:
    def __init__(self, settings: Optional[PortalSettings] = None) -> None:
        self.settings = settings or PortalSettings()
        self.engine = create_engine(self.settings.database_url, future=True)
        self.codec = PasswordCodec(self.settings)
        Base.metadata.create_all(self.engine)

    def register(self, email: str, crew_code: str, password: str) -> int:
        with Session(self.engine) as session:
            installer = Installer(
                email=email.lower().strip(),
                crew_code=crew_code,
                password_hash=self.codec.encode(password),
            )
            session.add(installer)
            session.commit()
            return installer.id

    def authenticate(self, email: str, password: str) -> Optional[Installer]:
        with Session(self.engine) as session:
            stmt = select(Installer).where(Installer.email == email.lower().strip())
            installer = session.scalars(stmt).first()
            if installer and self.codec.matches(password, installer.password_hash):
                return installer
            return None
