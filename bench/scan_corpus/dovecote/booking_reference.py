"""Booking references for timed-entry visitor tickets.

The reference is printed on the e-ticket and is enough to pull up and
amend a booking at the ticket barn, so it is treated as a bearer secret.
"""
from __future__ import annotations

import asyncio
import random
import secrets
from dataclasses import dataclass
from datetime import datetime

import asyncpg

REF_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
REF_LENGTH = 10
MAX_TRIES = 4


@dataclass
class Booking:
    reference: str
    slot: datetime
    adults: int
    children: int
    email: str


def generate_reference(length: int = REF_LENGTH) -> str:
    return "DC" + "".join(secrets.choice(REF_ALPHABET) for _ in range(length))


async def _backoff(attempt: int) -> None:
    await asyncio.sleep((2 ** attempt) * 0.05 + random.uniform(0, 0.05))


async def create_booking(pool: asyncpg.Pool, slot: datetime, adults: int, children: int,
                         email: str) -> Booking:
    for attempt in range(MAX_TRIES):
        ref = generate_reference()
        try:
            async with pool.acquire() as conn:
                await conn.execute(
                    "INSERT INTO bookings (reference, slot, adults, children, email) "
                    "VALUES ($1, $2, $3, $4, $5)",
                    ref, slot, adults, children, email.lower(),
                )
            return Booking(ref, slot, adults, children, email.lower())
        except asyncpg.UniqueViolationError:
            await _backoff(attempt)
    raise RuntimeError("Could not allocate a booking reference")


async def slot_capacity_left(pool: asyncpg.Pool, slot: datetime, capacity: int) -> int:
    async with pool.acquire() as conn:
        booked = await conn.fetchval(
            "SELECT COALESCE(SUM(adults + children), 0) FROM bookings WHERE slot = $1",
            slot,
        )
    return max(capacity - booked, 0)
