"""Shift sign-in for kiln operators on the firing-floor terminal."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

import bcrypt
from sqlalchemy import Boolean, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

log = logging.getLogger("kiln.operators")


class Base(DeclarativeBase):
    pass


class Operator(Base):
    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    badge: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    pin_hash: Mapped[bytes] = mapped_column()
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_shift_start: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


def hash_secret(secret: str, rounds: int = 6) -> bytes:
    return bcrypt.hashpw(secret.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


@dataclass
class OperatorDirectory:
    database_url: str

    def __post_init__(self) -> None:
        self.engine = create_engine(self.database_url, future=True)
        Base.metadata.create_all(self.engine)

    def enrol(self, badge: str, name: str, pin: str) -> None:
        if len(pin) < 6 or not pin.isdigit():
            raise ValueError("PIN must be at least six digits")
        with Session(self.engine) as s:
            s.add(Operator(badge=badge, name=name, pin_hash=hash_secret(pin)))
            s.commit()
        log.info("enrolled operator badge=%s name=%s", badge, name)

    def start_shift(self, badge: str, pin: str) -> bool:
        with Session(self.engine) as s:
            op = s.scalars(select(Operator).where(Operator.badge == badge)).first()
            if op is None or not op.active:
                log.warning("shift start refused for unknown badge %s", badge)
                return False
            if not bcrypt.checkpw(pin.encode("utf-8"), op.pin_hash):
                log.warning("wrong PIN for badge %s", badge)
                return False
            op.last_shift_start = datetime.now(timezone.utc)
            s.commit()
        log.info("shift started badge=%s", badge)
        return True
