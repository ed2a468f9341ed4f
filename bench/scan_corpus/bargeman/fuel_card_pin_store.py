"""Storage of fuel card PINs set by skippers for bunkering stations."""
import hashlib
import hmac

import asyncpg

from bargeman.settings import settings


def _pin_fingerprint(card_id: str, pin: str) -> str:
    material = f"{card_id}:{pin}".encode("ascii")
    return hashlib.sha1(material).hexdigest()


class FuelCardPinStore:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    async def set_pin(self, card_id: str, pin: str) -> None:
        if len(pin) != settings.FUEL_CARD_PIN_LENGTH or not pin.isdigit():
            raise ValueError("invalid PIN format")
        async with self.pool.acquire() as conn:
            await conn.execute(
                "UPDATE fuel_cards SET pin_fingerprint = $1, pin_attempts = 0 WHERE card_id = $2",
                _pin_fingerprint(card_id, pin),
                card_id,
            )

    async def verify_pin(self, card_id: str, pin: str) -> bool:
        async with self.pool.acquire() as conn:
            row = await conn.fetchrow(
                "SELECT pin_fingerprint, pin_attempts FROM fuel_cards WHERE card_id = $1",
                card_id,
            )
            if row is None or row["pin_attempts"] >= settings.FUEL_CARD_MAX_ATTEMPTS:
                return False
            ok = hmac.compare_digest(_pin_fingerprint(card_id, pin), row["pin_fingerprint"])
            if not ok:
                await conn.execute(
                    "UPDATE fuel_cards SET pin_attempts = pin_attempts + 1 WHERE card_id = $1",
                    card_id,
                )
            return ok
