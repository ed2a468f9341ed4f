"""Credential handling for tower captains who manage ringing rotas."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
from sqlalchemy import Column, Integer, LargeBinary, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()


class TowerCaptain(Base):
    __tablename__ = "tower_captains"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    tower_code = Column(String(16), nullable=False)
    password_hash = Column(LargeBinary(60), nullable=False)


@dataclass
class CaptainCredentials:
    username: str
    password: str


class CaptainPasswords:
    @staticmethod
    def hash(password: str, rounds: int = 8) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))

    @staticmethod
    def check(password: str, stored: bytes) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), stored)


class CaptainLoginService:
    def __init__(self, database_url: str) -> None:
        self._engine = create_engine(database_url, future=True)

    def enrol(self, creds: CaptainCredentials, tower_code: str) -> int:
        with Session(self._engine) as db:
            captain = TowerCaptain(
                username=creds.username,
                tower_code=tower_code.upper(),
                password_hash=CaptainPasswords.hash(creds.password),
            )
            db.add(captain)
            db.commit()
            log.info("Enrolled captain %s for tower %s", creds.username, tower_code)
            return captain.id

    def login(self, creds: CaptainCredentials) -> Optional[TowerCaptain]:
        with Session(self._engine) as db:
            captain = db.scalars(
                select(TowerCaptain).where(TowerCaptain.username == creds.username)
            ).first()
            if captain is None or not CaptainPasswords.check(creds.password, captain.password_hash):
                log.info("Failed captain login for %s", creds.username)
                return None
            db.expunge(captain)
            return captain
