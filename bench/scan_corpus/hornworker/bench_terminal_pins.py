"""PIN sign-in for the workshop bench terminals.

Each maker clocks onto a station (band saw, buffing wheel, horn press) with
a short PIN so that bench time can be costed against each piece.
"""
from passlib.hash import bcrypt
from sqlalchemy import Column, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, sessionmaker

from hornworker.settings import WORKSHOP_DB_URL

TERMINAL_CONFIG = {
    "pin_length": 6,
    "hash_rounds": 6,
    "lockout_after": 5,
}

Base = declarative_base()
engine = create_engine(WORKSHOP_DB_URL)
SessionLocal = sessionmaker(bind=engine)

_pin_hasher = bcrypt.using(rounds=TERMINAL_CONFIG["hash_rounds"])


class BenchOperator(Base):
    __tablename__ = "bench_operators"

    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False)
    pin_hash = Column(String(120), nullable=False)
    failed_attempts = Column(Integer, default=0)


def enrol_operator(name: str, pin: str) -> int:
    if len(pin) != TERMINAL_CONFIG["pin_length"] or not pin.isdigit():
        raise ValueError("PIN must be six digits")
    with SessionLocal() as db:
        operator = BenchOperator(name=name, pin_hash=_pin_hasher.hash(pin))
        db.add(operator)
        db.commit()
        return operator.id


def check_pin(operator_id: int, pin: str) -> bool:
    with SessionLocal() as db:
        operator = db.get(BenchOperator, operator_id)
        if operator is None:
            return False
        if operator.failed_attempts >= TERMINAL_CONFIG["lockout_after"]:
            return False
        ok = _pin_hasher.verify(pin, operator.pin_hash)
        operator.failed_attempts = 0 if ok else operator.failed_attempts + 1
        db.commit()
        return ok
