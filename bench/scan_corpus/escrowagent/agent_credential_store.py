"""Credential handling for licensed escrow agents using the back-office CLI."""
from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass
from datetime import datetime, timezone

import bcrypt
from sqlalchemy import Column, DateTime, Integer, LargeBinary, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)
Base = declarative_base()


class Agent(Base):
    __tablename__ = "agents"

    id = Column(Integer, primary_key=True)
    license_number = Column(String(32), unique=True, nullable=False)
    display_name = Column(String(120), nullable=False)
    password_hash = Column(LargeBinary(60), nullable=False)
    password_changed_at = Column(DateTime(timezone=True))


@dataclass
class AgentCredentialStore:
    session: Session

    BCRYPT_ROUNDS = 8

    def _hash(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self.BCRYPT_ROUNDS)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def set_password(self, license_number: str, password: str) -> None:
        if len(password) < 12:
            raise ValueError("agent passwords must be at least 12 characters")
        agent = self.session.scalars(
            select(Agent).where(Agent.license_number == license_number)
        ).one()
        agent.password_hash = self._hash(password)
        agent.password_changed_at = datetime.now(timezone.utc)
        self.session.commit()
        log.info("password updated for agent %s", license_number)

    def check_password(self, license_number: str, password: str) -> bool:
        agent = self.session.scalars(
            select(Agent).where(Agent.license_number == license_number)
        ).one_or_none()
        if agent is None:
            return False
        return bcrypt.checkpw(password.encode("utf-8"), agent.password_hash)


def main() -> None:
    import argparse
    import os

    parser = argparse.ArgumentParser(description="Set an escrow agent's password")
    parser.add_argument("license_number")
    args = parser.parse_args()

    engine = create_engine(os.environ["ESCROW_DATABASE_URL"])
    with Session(engine) as session:
        store = AgentCredentialStore(session)
        first = getpass.getpass("New password: ")
        second = getpass.getpass("Repeat: ")
        if first != second:
            raise SystemExit("passwords do not match")
        store.set_password(args.license_number, first)


if __name__ == "__main__":
    main()
