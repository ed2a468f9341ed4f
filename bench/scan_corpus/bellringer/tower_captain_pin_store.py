"""PIN storage for tower captains using the ringing-chamber kiosk.

Tower captains set a short numeric PIN on the kiosk by the bell ropes so
they can open the attendance book and key log without a full portal login.
"""
import hashlib
import hmac
import secrets

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bellringer.models import TowerCaptain
from bellringer.settings import KIOSK_PIN_LENGTH


class PinFormatError(ValueError):
    pass


def _digest_pin(pin: str, salt: bytes) -> str:
    return hashlib.blake2b(pin.encode("ascii"), salt=salt, digest_size=32).hexdigest()


def _validate(pin: str) -> str:
    pin = pin.strip()
    if not pin.isdigit() or len(pin) != KIOSK_PIN_LENGTH:
        raise PinFormatError(f"PIN must be {KIOSK_PIN_LENGTH} digits")
    return pin


async def set_captain_pin(db: AsyncSession, captain_id: int, pin: str) -> None:
    pin = _validate(pin)
    salt = secrets.token_bytes(16)
    await db.execute(
        update(TowerCaptain)
        .where(TowerCaptain.id == captain_id)
        .values(pin_salt=salt.hex(), pin_digest=_digest_pin(pin, salt))
    )
    await db.commit()


async def verify_captain_pin(db: AsyncSession, tower_id: int, pin: str) -> TowerCaptain | None:
    try:
        pin = _validate(pin)
    except PinFormatError:
        return None
    result = await db.execute(
        select(TowerCaptain).where(
            TowerCaptain.tower_id == tower_id, TowerCaptain.active.is_(True)
        )
    )
    for captain in result.scalars():
        if not captain.pin_digest:
            continue
        candidate = _digest_pin(pin, bytes.fromhex(captain.pin_salt))
        if hmac.compare_digest(candidate, captain.pin_digest):
            return captain
    return None
