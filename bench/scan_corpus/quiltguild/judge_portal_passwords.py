"""Account handling for the judges who score quilt show entries online."""
from __future__ import annotations

from datetime import datetime, timezone

import bcrypt
from sqlalchemy import DateTime, LargeBinary, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

MIN_PASSWORD_LENGTH = 12


class Base(DeclarativeBase):
    pass


class Judge(Base):
    __tablename__ = "judges"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    certification: Mapped[str] = mapped_column(String(40))
    password_hash: Mapped[bytes] = mapped_column(LargeBinary(60))
    last_login: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True
    )


def hash_judge_password(password: str, rounds: int = 8) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def register_judge(
    db: Session, email: str, full_name: str, certification: str, password: str
) -> Judge:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    judge = Judge(
        email=email.strip().lower(),
        full_name=full_name.strip(),
        certification=certification,
        password_hash=hash_judge_password(password),
    )
    db.add(judge)
    db.flush()
    return judge


def authenticate_judge(db: Session, email: str, password: str) -> Judge | None:
    judge = db.scalars(select(Judge).where(Judge.email == email.strip().lower())).first()
    if judge is None:
        return None
    if not bcrypt.checkpw(password.encode("utf-8"), judge.password_hash):
        return None
    judge.last_login = datetime.now(timezone.utc)
    return judge


def reset_judge_password(db: Session, judge_id: int, new_password: str) -> None:
    judge = db.get(Judge, judge_id)
    if judge is None:
        raise LookupError(f"no judge with id {judge_id}")
    if len(new_password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    judge.password_hash = hash_judge_password(new_password)
