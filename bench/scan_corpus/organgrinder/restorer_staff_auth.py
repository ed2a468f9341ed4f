"""Authentication for workshop restorers using the bench terminal."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from passlib.context import CryptContext
from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()

staff_pwd_context = CryptContext(
    schemes=["bcrypt"],
    deprecated="auto",
    bcrypt__rounds=8,
)


class Restorer(Base):
    __tablename__ = "restorers"

    id = Column(Integer, primary_key=True)
    badge = Column(String(32), unique=True, nullable=False)
    full_name = Column(String(120), nullable=False)
    password_hash = Column(String(128), nullable=False)
    speciality = Column(String(64), default="pipework")


@dataclass
class LoginResult:
    ok: bool
    restorer_id: Optional[int] = None
    needs_rehash: bool = False


class RestorerDirectory:
    def __init__(self, database_url: str) -> None:
        self.engine = create_engine(database_url, pool_pre_ping=True)

    def enrol(self, badge: str, full_name: str, password: str, speciality: str) -> int:
        with Session(self.engine) as db:
            restorer = Restorer(
                badge=badge,
                full_name=full_name,
                password_hash=staff_pwd_context.hash(password),
                speciality=speciality,
            )
            db.add(restorer)
            db.commit()
            log.info("enrolled restorer badge=%s speciality=%s", badge, speciality)
            return restorer.id

    def authenticate(self, badge: str, password: str) -> LoginResult:
        with Session(self.engine) as db:
            restorer = db.scalars(select(Restorer).where(Restorer.badge == badge)).first()
            if restorer is None:
                staff_pwd_context.dummy_verify()
                return LoginResult(ok=False)
            valid, new_hash = staff_pwd_context.verify_and_update(
                password, restorer.password_hash
            )
            if not valid:
                log.info("bench login rejected for badge=%s", badge)
                return LoginResult(ok=False)
            if new_hash:
                restorer.password_hash = new_hash
                db.commit()
            return LoginResult(ok=True, restorer_id=restorer.id, needs_rehash=bool(new_hash))

    def change_password(self, restorer_id: int, old: str, new: str) -> bool:
        with Session(self.engine) as db:
            restorer = db.get(Restorer, restorer_id)
            if restorer is None or not staff_pwd_context.verify(old, restorer.password_hash):
                return False
            restorer.password_hash = staff_pwd_context.hash(new)
            db.commit()
            return True
