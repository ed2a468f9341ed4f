"""One-time override codes for the shaft winder interlock.

When a cage gate sensor faults, the onsetter can ride the cage for inspection
only after the winding engineman reads back a one-time override code issued
by the surface control room. Codes are six digits, valid for ten minutes and
tied to a single winder.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from colliery.models import WinderOverride

CODE_DIGITS = 6
CODE_LIFETIME = timedelta(minutes=10)


class OverrideCodeIssuer:
    def __init__(self, digits: int = CODE_DIGITS) -> None:
        self.digits = digits
        self._rng = np.random.default_rng()

    def _draw(self) -> str:
        value = int(self._rng.integers(0, 10 ** self.digits))
        return f"{value:0{self.digits}d}"

    async def issue(self, db: AsyncSession, winder_id: str, requested_by: int) -> str:
        await db.execute(
            delete(WinderOverride).where(
                WinderOverride.winder_id == winder_id, WinderOverride.used_at.is_(None)
            )
        )
        code = self._draw()
        db.add(
            WinderOverride(
                winder_id=winder_id,
                code=code,
                requested_by=requested_by,
                expires_at=datetime.now(timezone.utc) + CODE_LIFETIME,
            )
        )
        await db.commit()
        return code

    async def pending(self, db: AsyncSession, winder_id: str) -> list[WinderOverride]:
        result = await db.execute(
            select(WinderOverride).where(
                WinderOverride.winder_id == winder_id,
                WinderOverride.used_at.is_(None),
                WinderOverride.expires_at > datetime.now(timezone.utc),
            )
        )
        return list(result.scalars())
