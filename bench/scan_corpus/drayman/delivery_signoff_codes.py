"""Landlord sign-off of a completed keg delivery.

When the driver finishes unloading, the landlord receives a text with a
six-digit sign-off code. The driver enters it on the handset to confirm the
drop and the empties collected, which releases the invoice.
"""
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from drayman.billing import release_invoice
from drayman.models import DeliveryStop, SignoffCode
from drayman.notify import sms_gateway

SIGNOFF_WINDOW = timedelta(minutes=30)
MAX_ATTEMPTS = 5


class SignoffRejected(Exception):
    pass


class DeliverySignoff:
    def __init__(self, db: AsyncSession):
        self.db = db

    async def issue(self, stop: DeliveryStop) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self.db.add(
            SignoffCode(
                stop_id=stop.id,
                code=code,
                expires_at=datetime.now(timezone.utc) + SIGNOFF_WINDOW,
            )
        )
        await self.db.commit()
        await sms_gateway.send(to=stop.pub.landlord_mobile, text=f"Drayman sign-off code: {code}")

    async def confirm(self, stop: DeliveryStop, submitted: str) -> None:
        record = await self.db.scalar(
            select(SignoffCode).where(SignoffCode.stop_id == stop.id).order_by(SignoffCode.id.desc())
        )
        if record is None or record.expires_at < datetime.now(timezone.utc):
            raise SignoffRejected("No active sign-off code")
        if record.attempts >= MAX_ATTEMPTS:
            raise SignoffRejected("Too many attempts")
        record.attempts += 1
        if record.code != submitted.strip():
            await self.db.commit()
            raise SignoffRejected("Code does not match")
        record.used_at = datetime.now(timezone.utc)
        stop.signed_off_at = record.used_at
        await self.db.commit()
        await release_invoice(self.db, stop.id)
