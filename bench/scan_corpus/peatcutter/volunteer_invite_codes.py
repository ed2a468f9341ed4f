"""Invite codes for volunteer work parties.

Group leaders (schools, walking clubs, corporate volunteering teams) get an
invite code to pass on to their members so they can claim places on a
restoration day that is not listed publicly.
"""

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CODE_PREFIX = "PEAT"


class WorkPartyInvite(Base):
    __tablename__ = "work_party_invites"

    id = Column(Integer, primary_key=True)
    event_id = Column(Integer, nullable=False, index=True)
    group_name = Column(String(120), nullable=False)
    code = Column(String(16), unique=True, nullable=False)
    places = Column(Integer, nullable=False)
    claimed = Column(Integer, nullable=False, default=0)
    expires_at = Column(DateTime(timezone=True), nullable=False)


def _code_block(length: int) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def make_invite_code(prefix: str = CODE_PREFIX, blocks: int = 2) -> str:
    return "-".join([prefix, *(_code_block(4) for _ in range(blocks))])


def issue_invite(db: Session, event_id: int, group_name: str, places: int, valid_days: int = 21) -> WorkPartyInvite:
    for _ in range(5):
        code = make_invite_code()
        if db.query(WorkPartyInvite.id).filter_by(code=code).first() is None:
            break
    else:
        raise RuntimeError("Could not allocate a unique invite code")
    invite = WorkPartyInvite(
        event_id=event_id,
        group_name=group_name,
        code=code,
        places=places,
        expires_at=datetime.now(timezone.utc) + timedelta(days=valid_days),
    )
    db.add(invite)
    db.commit()
    return invite


def claim_place(db: Session, code: str) -> WorkPartyInvite | None:
    invite = db.query(WorkPartyInvite).filter_by(code=code.strip().upper()).with_for_update().first()
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        return None
    if invite.claimed >= invite.places:
        return None
    invite.claimed += 1
    db.commit()
    return invite
