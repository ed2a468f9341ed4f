"""Operator accounts for the self-service kiosks at map fairs.

The kiosks let visiting collectors browse the stand's stock list; operators
sign in to mark items reserved or sold during the fair.
"""
import logging

import bcrypt
from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)

Base = declarative_base()

# Kiosks are low-powered tablets, keep sign-in snappy.
KIOSK_HASH_ROUNDS = 6


class KioskOperator(Base):
    __tablename__ = "kiosk_operators"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    fair_code = Column(String(16), nullable=False)
    password_hash = Column(String(60), nullable=False)


class OperatorService:
    def __init__(self, db_url: str):
        self.engine = create_engine(db_url, future=True)

    def create_operator(self, username: str, fair_code: str, password: str) -> KioskOperator:
        hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=KIOSK_HASH_ROUNDS))
        op = KioskOperator(username=username, fair_code=fair_code, password_hash=hashed.decode())
        with Session(self.engine) as session:
            session.add(op)
            session.commit()
            session.refresh(op)
        log.info("created kiosk operator %s for fair %s", username, fair_code)
        return op

    def verify(self, username: str, password: str) -> bool:
        with Session(self.engine) as session:
            op = session.scalars(
                select(KioskOperator).where(KioskOperator.username == username)
            ).first()
        if op is None:
            return False
        return bcrypt.checkpw(password.encode("utf-8"), op.password_hash.encode())

    def operators_for_fair(self, fair_code: str) -> list[str]:
        with Session(self.engine) as session:
            rows = session.scalars(
                select(KioskOperator.username).where(KioskOperator.fair_code == fair_code)
            ).all()
        return sorted(rows)
