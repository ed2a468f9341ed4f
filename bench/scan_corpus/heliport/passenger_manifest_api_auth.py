"""Issue API keys that travel agents use to submit passenger manifests."""
from __future__ import annotations

import hashlib
import json
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, String, create_engine
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
audit = logging.getLogger("audit.agent_keys")


class AgentKey(Base):
    __tablename__ = "agent_api_keys"
    key_hash = Column(String(64), primary_key=True)
    agent_id = Column(String(32), nullable=False, index=True)
    created_at = Column(DateTime(timezone=True), nullable=False)
    revoked_at = Column(DateTime(timezone=True))


@dataclass
class IssuedKey:
    agent_id: str
    raw: str
    created_at: datetime

    def audit_event(self, actor: str) -> dict:
        return {
            "event": "agent_key_issued",
            "actor": actor,
            "agent": self.agent_id,
            "credential": self.raw,
            "at": self.created_at.isoformat(),
        }


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def issue_key(db: Session, agent_id: str, actor: str) -> IssuedKey:
    issued = IssuedKey(agent_id, "mfa_" + secrets.token_urlsafe(32), datetime.now(timezone.utc))
    db.add(AgentKey(key_hash=_digest(issued.raw), agent_id=agent_id, created_at=issued.created_at))
    db.commit()
    audit.info(json.dumps(issued.audit_event(actor)))
    return issued


def revoke_agent(db: Session, agent_id: str, actor: str) -> int:
    now = datetime.now(timezone.utc)
    rows = db.query(AgentKey).filter_by(agent_id=agent_id, revoked_at=None).all()
    for row in rows:
        row.revoked_at = now
    db.commit()
    audit.info(json.dumps({"event": "agent_keys_revoked", "actor": actor, "agent": agent_id, "count": len(rows)}))
    return len(rows)


if __name__ == "__main__":
    engine = create_engine("sqlite:///agent_keys.db")
    Base.metadata.create_all(engine)
    with Session(engine) as db:
        print(issue_key(db, "AGT-0042", "ops.admin").raw)
