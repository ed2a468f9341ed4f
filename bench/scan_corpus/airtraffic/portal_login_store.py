"""Airline portal logins backed by bcrypt."""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

import bcrypt
from sqlalchemy import Boolean, Column, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class PortalLogin(Base):
    __tablename__ = "portal_logins"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), unique=True, nullable=False)
    airline_icao = Column(String(3), nullable=False)
    password_hash = Column(String(60), nullable=False)
    locked = Column(Boolean, default=False)


@dataclass
class LoginHasher:
    cost: int = 12

    @staticmethod
    def _prehash(password: str) -> bytes:
        return base64.b64encode(hashlib.sha256(password.encode("utf-8")).digest())

    def hash(self, password: str) -> str:
        return bcrypt.hashpw(self._prehash(password), bcrypt.gensalt(rounds=self.cost)).decode()

    def verify(self, password: str, stored: str) -> bool:
        return bcrypt.checkpw(self._prehash(password), stored.encode())


class PortalLoginService:
    def __init__(self, session: Session, hasher: LoginHasher = LoginHasher()) -> None:
        self.session = session
        self.hasher = hasher

    def create(self, email: str, airline_icao: str, password: str) -> PortalLogin:
        login = PortalLogin(
            email=email.lower(),
            airline_icao=airline_icao.upper(),
            password_hash=self.hasher.hash(password),
        )
        self.session.add(login)
        self.session.commit()
        return login

    def authenticate(self, email: str, password: str) -> bool:
        login = self.session.query(PortalLogin).filter_by(email=email.lower()).one_or_none()
        if login is None or login.locked:
            return False
        return self.hasher.verify(password, login.password_hash)
