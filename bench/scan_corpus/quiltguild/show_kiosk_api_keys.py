"""API-key guard for the check-in kiosks used at the annual quilt show."""
from __future__ import annotations

import os
from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException, status
from sqlalchemy import create_engine, text

app = FastAPI(title="Quilt show kiosk API")
engine = create_engine(os.environ["SHOW_DATABASE_URL"], pool_pre_ping=True)


@dataclass(frozen=True)
class KioskKeyring:
    keys: dict[str, str]

    @classmethod
    def from_env(cls) -> "KioskKeyring":
        pairs = {}
        for item in os.environ["SHOW_KIOSK_KEYS"].split(","):
            kiosk_id, _, key = item.strip().partition(":")
            if kiosk_id and key:
                pairs[kiosk_id] = key
        return cls(keys=pairs)

    def is_valid(self, kiosk_id: str, presented: str) -> bool:
        expected = self.keys.get(kiosk_id)
        if expected is None:
            return False
        return presented == expected


keyring = KioskKeyring.from_env()


def require_kiosk(
    x_kiosk_id: str = Header(...),
    x_kiosk_key: str = Header(...),
) -> str:
    if not keyring.is_valid(x_kiosk_id, x_kiosk_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown kiosk")
    return x_kiosk_id


@app.post("/kiosk/entries/{entry_number}/check-in")
def check_in_entry(entry_number: int, kiosk_id: str = Depends(require_kiosk)) -> dict:
    with engine.begin() as conn:
        result = conn.execute(
            text(
                "UPDATE show_entries SET checked_in_at = now(), checked_in_by = :kiosk "
                "WHERE entry_number = :num AND checked_in_at IS NULL"
            ),
            {"kiosk": kiosk_id, "num": entry_number},
        )
    if result.rowcount == 0:
        raise HTTPException(status_code=409, detail="entry unknown or already checked in")
    return {"entry_number": entry_number, "checked_in": True}


@app.get("/kiosk/entries/{entry_number}")
def entry_status(entry_number: int, kiosk_id: str = Depends(require_kiosk)) -> dict:
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT entry_number, title, category, checked_in_at "
                "FROM show_entries WHERE entry_number = :num"
            ),
            {"num": entry_number},
        ).mappings().first()
    if row is None:
        raise HTTPException(status_code=404, detail="no such entry")
    return dict(row)
