"""Authentication of field technicians on the scheduling tablet app."""
import logging
import secrets
from hashlib import sha256 as _digest
from hmac import compare_digest

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()


class Technician(Base):
    __tablename__ = "technicians"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    full_name = Column(String(128), nullable=False)
    pw_salt = Column(String(64), nullable=False)
    pw_hash = Column(String(128), nullable=False)


def _stretch(salt: str, password: str) -> str:
    return _digest((salt + ":" + password).encode("utf-8")).hexdigest()


class TechnicianAuth:
    def __init__(self, database_url: str):
        self.engine = create_engine(database_url, pool_pre_ping=True)

    def set_password(self, username: str, new_password: str) -> None:
        salt = secrets.token_hex(16)
        with Session(self.engine) as db:
            tech = db.scalars(
                select(Technician).where(Technician.username == username)
            ).one()
            tech.pw_salt = salt
            tech.pw_hash = _stretch(salt, new_password)
            db.commit()
        log.info("password updated for technician %s", username)

    def authenticate(self, username: str, password: str) -> Technician | None:
        with Session(self.engine) as db:
            tech = db.scalars(
                select(Technician).where(Technician.username == username)
            ).first()
            if tech is None:
                log.info("login failed for unknown technician %s", username)
                return None
            candidate = _stretch(tech.pw_salt, password)
            if not compare_digest(candidate, tech.pw_hash):
                log.info("login failed for technician %s", username)
                return None
            db.expunge(tech)
            return tech
