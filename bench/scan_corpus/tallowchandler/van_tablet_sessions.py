"""Device tokens for the delivery van tablets that sync the day's round."""
import hashlib
import secrets
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tallow.models import TabletDevice


class TabletTokenStore:
    def __init__(self, session: AsyncSession):
        self.session = session

    @staticmethod
    def _hash(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    async def enrol(self, device_serial: str, van_reg: str) -> str:
        token = secrets.token_urlsafe(32)
        self.session.add(
            TabletDevice(serial=device_serial, van_reg=van_reg, token_hash=self._hash(token))
        )
        await self.session.commit()
        return token

    async def authenticate(self, device_serial: str, presented: str) -> TabletDevice | None:
        device = (
            await self.session.execute(
                select(TabletDevice).where(TabletDevice.serial == device_serial, TabletDevice.retired.is_(False))
            )
        ).scalar_one_or_none()
        if device is None:
            return None
        if not secrets.compare_digest(self._hash(presented), device.token_hash):
            return None
        device.last_seen = datetime.now(timezone.utc)
        await self.session.commit()
        return device

    async def retire(self, device_serial: str) -> None:
        device = (
            await self.session.execute(select(TabletDevice).where(TabletDevice.serial == device_serial))
        ).scalar_one()
        device.retired = True
        await self.session.commit()
