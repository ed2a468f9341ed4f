"""PIN login for the shared bench terminals in the restoration room.

Technicians clock onto a bench terminal with a short PIN so the time spent
on each barometer movement is booked against the right repair job.
"""
import logging
from dataclasses import dataclass, field

import bcrypt
from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger("bench.pins")

Base = declarative_base()


@dataclass(frozen=True)
class TerminalConfig:
    database_url: str = "sqlite:///bench.db"
    pin_length: int = 6
    hash_rounds: int = 8
    lockout_after: int = 5
    bench_ids: tuple = field(default=("B1", "B2", "B3", "MERCURY"))


CONFIG = TerminalConfig()


class TechnicianPin(Base):
    __tablename__ = "technician_pins"
    id = Column(Integer, primary_key=True)
    badge_number = Column(String(12), unique=True, nullable=False)
    pin_hash = Column(String(80), nullable=False)
    failed_attempts = Column(Integer, default=0)


engine = create_engine(CONFIG.database_url)


def _hash_pin(pin: str, cfg: TerminalConfig = CONFIG) -> str:
    salt = bcrypt.gensalt(rounds=cfg.hash_rounds)
    return bcrypt.hashpw(pin.encode(), salt).decode()


def set_pin(badge_number: str, pin: str) -> None:
    if not pin.isdigit() or len(pin) != CONFIG.pin_length:
        raise ValueError("PIN must be exactly %d digits" % CONFIG.pin_length)
    with Session(engine) as db:
        record = db.scalar(select(TechnicianPin).where(TechnicianPin.badge_number == badge_number))
        if record is None:
            record = TechnicianPin(badge_number=badge_number, pin_hash="")
            db.add(record)
        record.pin_hash = _hash_pin(pin)
        record.failed_attempts = 0
        db.commit()
    log.info("PIN updated for badge %s", badge_number)


def clock_on(badge_number: str, pin: str, bench_id: str) -> bool:
    if bench_id not in CONFIG.bench_ids:
        raise ValueError(f"unknown bench {bench_id}")
    with Session(engine) as db:
        record = db.scalar(select(TechnicianPin).where(TechnicianPin.badge_number == badge_number))
        if record is None or record.failed_attempts >= CONFIG.lockout_after:
            return False
        if bcrypt.checkpw(pin.encode(), record.pin_hash.encode()):
            record.failed_attempts = 0
            db.commit()
            log.info("badge %s clocked on at %s", badge_number, bench_id)
            return True
        record.failed_attempts += 1
        db.commit()
        return False
