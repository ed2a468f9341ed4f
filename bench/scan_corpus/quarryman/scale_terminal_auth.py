"""Authentication of remote weighbridge terminals at satellite sites.

The two satellite pits have an unmanned weighbridge each. Their terminals
post weighings to head office and identify themselves with a terminal ID and
the terminal key written to them when they were provisioned.
"""

import hashlib
import secrets
from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, Header, HTTPException, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from quarryman.db import get_async_session
from quarryman.models import ScaleTerminal

UNKNOWN_DIGEST = "0" * 64


@dataclass
class TerminalIdentity:
    terminal_id: str
    site_code: str


def provision_terminal_key() -> tuple[str, str]:
    key = secrets.token_urlsafe(32)
    return key, hashlib.sha256(key.encode()).hexdigest()


async def _lookup(session: AsyncSession, terminal_id: str) -> Optional[ScaleTerminal]:
    result = await session.execute(
        select(ScaleTerminal).where(
            ScaleTerminal.terminal_id == terminal_id, ScaleTerminal.enabled.is_(True)
        )
    )
    return result.scalar_one_or_none()


async def current_terminal(
    x_terminal_id: str = Header(...),
    x_terminal_key: str = Header(...),
    session: AsyncSession = Depends(get_async_session),
) -> TerminalIdentity:
    terminal = await _lookup(session, x_terminal_id)
    presented = hashlib.sha256(x_terminal_key.encode()).hexdigest()
    stored = terminal.key_digest if terminal else UNKNOWN_DIGEST
    if not secrets.compare_digest(presented, stored) or terminal is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="unknown terminal",
        )
    return TerminalIdentity(terminal_id=terminal.terminal_id, site_code=terminal.site_code)
