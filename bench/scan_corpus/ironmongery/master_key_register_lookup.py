"""Key register lookups for master key systems.

Every restricted master key system has a register: one row per key symbol
(GMK, MK-A, SK-A1 ...) with the doors it operates and the keys issued.
The FastAPI router below is used by the counter and the MKS portal.
"""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter(prefix="/mks")


@dataclass
class KeyEntry:
    symbol: str
    level: str
    keys_issued: int
    doors: list[str]


class KeyRegisterRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find_symbol(self, system_number: str, symbol: str) -> KeyEntry | None:
        row = self.session.execute(
            text(
                "SELECT k.id, k.symbol, k.level, k.keys_issued FROM mks_keys k "
                "JOIN mks_systems s ON s.id = k.system_id "
                f"WHERE s.system_number = '{system_number}' AND k.symbol = '{symbol}'"
            )
        ).first()
        if row is None:
            return None
        doors = self.session.execute(
            text("SELECT door_ref FROM mks_key_doors WHERE key_id = :key_id ORDER BY door_ref"),
            {"key_id": row.id},
        ).scalars().all()
        return KeyEntry(symbol=row.symbol, level=row.level, keys_issued=row.keys_issued, doors=list(doors))

    def keys_for_door(self, system_number: str, door_ref: str) -> list[str]:
        return list(
            self.session.execute(
                text(
                    "SELECT k.symbol FROM mks_keys k JOIN mks_key_doors d ON d.key_id = k.id "
                    "JOIN mks_systems s ON s.id = k.system_id "
                    "WHERE s.system_number = :system AND d.door_ref = :door ORDER BY k.symbol"
                ),
                {"system": system_number, "door": door_ref},
            ).scalars()
        )


@router.get("/{system_number}/keys/{symbol}")
def get_key(system_number: str, symbol: str, session: Session = Depends(get_session)):
    entry = KeyRegisterRepository(session).find_symbol(system_number, symbol)
    if entry is None:
        raise HTTPException(status_code=404, detail="key symbol not found")
    return entry


@router.get("/{system_number}/doors/{door_ref}")
def get_door(system_number: str, door_ref: str, session: Session = Depends(get_session)):
    return {"door": door_ref, "keys": KeyRegisterRepository(session).keys_for_door(system_number, door_ref)}
