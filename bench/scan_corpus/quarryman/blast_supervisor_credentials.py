"""Credential management for shot-firers and blast supervisors.

Only licensed shot-firers may countersign a blasting permit. Each one holds a
personal passphrase that is re-entered at countersign time on the permit
screen, so the permit record shows who authorised the shot.
"""

import logging
from dataclasses import dataclass

import bcrypt
from sqlalchemy import Column, Integer, LargeBinary, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HashingConfig:
    work_factor: int = 8
    encoding: str = "utf-8"


HASHING = HashingConfig()


class ShotFirer(Base):
    __tablename__ = "shot_firers"

    id = Column(Integer, primary_key=True)
    licence_no = Column(String(32), unique=True, nullable=False)
    full_name = Column(String(120), nullable=False)
    passphrase_hash = Column(LargeBinary(60), nullable=False)


def hash_passphrase(passphrase: str, config: HashingConfig = HASHING) -> bytes:
    salt = bcrypt.gensalt(rounds=config.work_factor)
    return bcrypt.hashpw(passphrase.encode(config.encoding), salt)


def verify_passphrase(passphrase: str, stored: bytes, config: HashingConfig = HASHING) -> bool:
    return bcrypt.checkpw(passphrase.encode(config.encoding), stored)


class ShotFirerRegistry:
    def __init__(self, database_url: str) -> None:
        self.engine = create_engine(database_url, pool_pre_ping=True)

    def register(self, licence_no: str, full_name: str, passphrase: str) -> int:
        with Session(self.engine) as db:
            firer = ShotFirer(
                licence_no=licence_no.upper(),
                full_name=full_name,
                passphrase_hash=hash_passphrase(passphrase),
            )
            db.add(firer)
            db.commit()
            log.info("Registered shot-firer licence %s", firer.licence_no)
            return firer.id

    def countersign_allowed(self, licence_no: str, passphrase: str) -> bool:
        with Session(self.engine) as db:
            firer = db.scalars(
                select(ShotFirer).where(ShotFirer.licence_no == licence_no.upper())
            ).first()
        if firer is None:
            log.warning("Countersign attempted with unknown licence %s", licence_no)
            return False
        return verify_passphrase(passphrase, firer.passphrase_hash)
