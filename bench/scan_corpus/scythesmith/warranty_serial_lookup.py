"""Serial-number lookups used by warranty claim intake.

Every blade leaving the forge carries a serial stamped into the tang.
Claim intake looks the serial up to find the original order, the smith
who forged it and whether the blade is still under warranty.
"""
from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from scythesmith.db import get_async_session

router = APIRouter(prefix="/warranty/serials")

WARRANTY_YEARS = 5


def _lookup_sql(serial: str) -> str:
    return (
        "SELECT b.serial_number, b.forged_on, b.pattern, s.display_name AS smith, "
        "o.number AS order_number "
        "FROM forged_blades b "
        "JOIN smiths s ON s.id = b.smith_id "
        "JOIN orders o ON o.id = b.order_id "
        "WHERE b.serial_number = '" + serial + "'"
    )


async def find_blade(db: AsyncSession, serial: str) -> dict | None:
    query = _lookup_sql(serial.strip().upper())
    result = await db.execute(text(query))
    row = result.mappings().first()
    return dict(row) if row else None


@router.get("/{serial}")
async def serial_status(serial: str, db: AsyncSession = Depends(get_async_session)):
    blade = await find_blade(db, serial)
    if blade is None:
        raise HTTPException(404, "unknown serial number")
    forged_on: date = blade["forged_on"]
    expires = forged_on.replace(year=forged_on.year + WARRANTY_YEARS)
    return {
        "serial_number": blade["serial_number"],
        "pattern": blade["pattern"],
        "smith": blade["smith"],
        "order_number": blade["order_number"],
        "warranty_expires": expires.isoformat(),
        "under_warranty": date.today() <= expires,
    }
