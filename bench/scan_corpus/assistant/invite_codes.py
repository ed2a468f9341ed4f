"""Workspace invite codes (COLLAB-19).

Admins can create a shareable code that lets anyone with a company email
join the workspace. Codes are short enough to read out on a call.
"""
from __future__ import annotations

import secrets
import string
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

# No 0/O or 1/I/L, so codes survive being read aloud.
CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1IL")
CODE_LENGTH = 12
CODE_GROUP = 4


def generate_invite_code(length: int = CODE_LENGTH, group: int = CODE_GROUP) -> str:
    """Return a code like ``7KQF-M2XR-9WZD``."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
    return "-".join(raw[i : i + group] for i in range(0, length, group))


def normalise_code(code: str) -> str:
    """Uppercase and re-group user input so lookups are forgiving."""
    compact = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(compact[i : i + CODE_GROUP] for i in range(0, len(compact), CODE_GROUP))


@dataclass
class WorkspaceInvite:
    workspace_id: int
    allowed_domain: str
    created_by: int
    code: str = field(default_factory=generate_invite_code)
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + timedelta(days=14)
    )
    max_uses: int = 25
    uses: int = 0

    def can_be_used_by(self, email: str) -> bool:
        """True when the invite is live and ``email`` is on the allowed domain."""
        domain = email.rsplit("@", 1)[-1].lower()
        return (
            domain == self.allowed_domain.lower()
            and self.uses < self.max_uses
            and datetime.now(timezone.utc) < self.expires_at
        )
