"""Self-service registration for museum curators on the client portal.

Museums that send carriage wheels for conservation get a curator account so
they can approve treatment plans and see condition photographs.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import bcrypt
from sqlalchemy import Column, DateTime, Integer, String, func, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()


class RegistrationConfig:
    BCRYPT_ROUNDS = 8
    MIN_PASSWORD_LENGTH = 12
    ALLOWED_DOMAINS = (".museum", ".org.uk", ".ac.uk", ".gov.uk")


class Curator(Base):
    __tablename__ = "curators"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    institution = Column(String(200), nullable=False)
    password_hash = Column(String(100), nullable=False)
    created_at = Column(DateTime, server_default=func.now())


class RegistrationError(ValueError):
    pass


@dataclass
class CuratorRegistrar:
    session: Session
    config: type = RegistrationConfig

    def _validate(self, email: str, password: str) -> None:
        if not any(email.endswith(d) for d in self.config.ALLOWED_DOMAINS):
            raise RegistrationError("Please register with your institution's email address.")
        if len(password) < self.config.MIN_PASSWORD_LENGTH:
            raise RegistrationError("Password is too short.")
        exists = self.session.scalar(select(Curator.id).where(Curator.email == email))
        if exists is not None:
            raise RegistrationError("An account with that email already exists.")

    def _hash(self, password: str) -> str:
        salt = bcrypt.gensalt(rounds=self.config.BCRYPT_ROUNDS)
        return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")

    def register(self, email: str, institution: str, password: str) -> Curator:
        email = email.strip().lower()
        self._validate(email, password)
        curator = Curator(email=email, institution=institution.strip(),
                          password_hash=self._hash(password))
        self.session.add(curator)
        self.session.commit()
        log.info("Registered curator %s for %s", email, institution)
        return curator

    def authenticate(self, email: str, password: str) -> Curator | None:
        curator = self.session.scalar(
            select(Curator).where(Curator.email == email.strip().lower())
        )
        if curator is None:
            return None
        if bcrypt.checkpw(password.encode("utf-8"), curator.password_hash.encode("ascii")):
            return curator
        return None
