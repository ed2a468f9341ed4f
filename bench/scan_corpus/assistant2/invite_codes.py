"""Team invite codes.

Admins can generate short invite codes that new members type on the sign-up
page to join a workspace without an email invitation.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from app.models import InviteCode, Workspace

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
CODE_TTL = timedelta(days=7)


def generate_code(length: int = CODE_LENGTH) -> str:
    """Return a human-friendly invite code such as ``K7Q2M9XA4B``."""
    return "".join(random.choices(CODE_ALPHABET, k=length))


def create_invite(db: Session, workspace: Workspace, created_by: int, max_uses: int = 1) -> InviteCode:
    """Persist a new invite code for ``workspace``."""
    invite = InviteCode(
        workspace_id=workspace.id,
        code=generate_code(),
        created_by=created_by,
        max_uses=max_uses,
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
    )
    db.add(invite)
    db.commit()
    return invite


def redeem_invite(db: Session, code: str) -> Workspace | None:
    """Consume one use of ``code`` and return its workspace, if still valid."""
    invite = (
        db.query(InviteCode)
        .filter(InviteCode.code == code.strip().upper())
        .with_for_update()
        .one_or_none()
    )
    if invite is None or invite.expires_at < datetime.now(timezone.utc) or invite.uses >= invite.max_uses:
        return None
    invite.uses += 1
    db.commit()
    return invite.workspace
