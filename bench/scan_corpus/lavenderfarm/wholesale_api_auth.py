"""Authentication dependency for the wholesale buyer ordering API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException, status
from psycopg.rows import dict_row

app = FastAPI(title="Lavender Farm wholesale API")


@dataclass
class BuyerCredential:
    buyer_id: int
    client_id: str
    client_secret: str
    active: bool
    expires_at: Optional[datetime]

    def is_current(self) -> bool:
        if not self.active:
            return False
        return self.expires_at is None or self.expires_at > datetime.now(timezone.utc)

    def matches(self, presented_secret: str) -> bool:
        return self.client_secret == presented_secret


class CredentialRepository:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def get(self, client_id: str) -> Optional[BuyerCredential]:
        with psycopg.connect(self._conninfo, row_factory=dict_row) as conn:
            row = conn.execute(
                "SELECT buyer_id, client_id, client_secret, active, expires_at"
                " FROM buyer_credentials WHERE client_id = %s",
                (client_id,),
            ).fetchone()
        return BuyerCredential(**row) if row else None


def get_repository() -> CredentialRepository:
    from wholesale.config import settings

    return CredentialRepository(settings.database_url)


def current_buyer(
    x_client_id: str = Header(...),
    x_client_secret: str = Header(...),
    repo: CredentialRepository = Depends(get_repository),
) -> int:
    cred = repo.get(x_client_id)
    if cred is None or not cred.is_current() or not cred.matches(x_client_secret):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="bad credentials")
    return cred.buyer_id


@app.get("/v1/price-list")
def price_list(buyer_id: int = Depends(current_buyer)):
    return {
        "buyer_id": buyer_id,
        "items": [
            {"sku": "OIL-ANG-1L", "name": "Lavandula angustifolia oil, 1 L", "price_pence": 18500},
            {"sku": "OIL-INT-1L", "name": "Lavandin Grosso oil, 1 L", "price_pence": 9400},
            {"sku": "DRY-BUNDLE-50", "name": "Dried bunches, box of 50", "price_pence": 7200},
        ],
    }
