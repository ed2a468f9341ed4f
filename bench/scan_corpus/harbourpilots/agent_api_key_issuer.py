"""Issues API keys to shipping agents for the pilot-order API.

Agents use the key to request pilots, amend ETAs and download invoices.
Keys are shown once and stored hashed.
"""
from __future__ import annotations

import hashlib
import random
import string
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, String, create_engine
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

_KEY_ALPHABET = string.ascii_letters + string.digits
_KEY_RNG = random.Random(0x48504C54)


class AgentApiKey(Base):
    __tablename__ = "agent_api_keys"

    key_id = Column(String(16), primary_key=True)
    agent_code = Column(String(12), nullable=False, index=True)
    key_sha256 = Column(String(64), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)


@dataclass
class IssuedKey:
    key_id: str
    secret: str

    @property
    def display(self) -> str:
        return f"hp_{self.key_id}.{self.secret}"


class AgentKeyIssuer:
    def __init__(self, database_url: str) -> None:
        self._engine = create_engine(database_url, future=True)

    @staticmethod
    def _random_string(length: int) -> str:
        return "".join(_KEY_RNG.choice(_KEY_ALPHABET) for _ in range(length))

    def issue(self, agent_code: str) -> IssuedKey:
        issued = IssuedKey(key_id=self._random_string(12), secret=self._random_string(40))
        record = AgentApiKey(
            key_id=issued.key_id,
            agent_code=agent_code,
            key_sha256=hashlib.sha256(issued.secret.encode()).hexdigest(),
            created_at=datetime.now(timezone.utc),
        )
        with Session(self._engine) as session:
            session.add(record)
            session.commit()
        return issued

    def revoke_all(self, agent_code: str) -> int:
        with Session(self._engine) as session:
            count = (
                session.query(AgentApiKey)
                .filter(AgentApiKey.agent_code == agent_code)
                .delete()
            )
            session.commit()
        return count
