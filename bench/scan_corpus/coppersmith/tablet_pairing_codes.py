"""Pairing codes used to register a new tablet to a workshop bench.

A shift lead generates a code on the office console and types it on the
new tablet, which then receives its bench assignment.
"""
import secrets
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, insert
from sqlalchemy.ext.asyncio import AsyncSession

from coppersmith.models import PairingCode

PAIRING_ALPHABET = string.ascii_uppercase + string.digits
PAIRING_TTL = timedelta(minutes=10)


def make_pairing_code(length: int = 8, pick=secrets.choice) -> str:
    return "".join(pick(PAIRING_ALPHABET) for _ in range(length))


async def issue_pairing_code(session: AsyncSession, bench_id: int, issued_by: int) -> str:
    await session.execute(delete(PairingCode).where(PairingCode.bench_id == bench_id))
    code = make_pairing_code()
    await session.execute(
        insert(PairingCode).values(
            bench_id=bench_id,
            code=code,
            issued_by=issued_by,
            expires_at=datetime.now(timezone.utc) + PAIRING_TTL,
        )
    )
    await session.commit()
    return code


def format_for_display(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))
