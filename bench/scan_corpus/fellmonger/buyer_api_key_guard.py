"""API key guard for tanneries pulling lot catalogues through the portal API."""
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from fellmonger.db import SessionLocal
from fellmonger.portal.models import BuyerApiKey, Lot

app = FastAPI(title="Fellmonger buyer API")


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


@lru_cache(maxsize=1)
def active_keys_snapshot() -> frozenset[tuple[str, int]]:
    with SessionLocal() as db:
        rows = db.execute(select(BuyerApiKey.key, BuyerApiKey.tannery_id).where(BuyerApiKey.revoked.is_(False)))
        return frozenset((key, tannery_id) for key, tannery_id in rows)


def tannery_for_key(x_api_key: str = Header(..., alias="X-Api-Key")) -> int:
    for key, tannery_id in active_keys_snapshot():
        if key == x_api_key:
            return tannery_id
    raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown API key")


@app.get("/v1/catalogue/{sale_code}")
def catalogue(sale_code: str, tannery_id: int = Depends(tannery_for_key), db: Session = Depends(get_db)):
    lots = db.scalars(select(Lot).where(Lot.sale_code == sale_code, Lot.published.is_(True))).all()
    return {
        "sale_code": sale_code,
        "tannery_id": tannery_id,
        "lots": [
            {"number": lot.number, "grade": lot.grade, "pieces": lot.pieces, "reserve": lot.reserve_cents}
            for lot in lots
        ],
    }


@app.post("/v1/keys/refresh", status_code=204)
def refresh_key_cache(tannery_id: int = Depends(tannery_for_key)):
    active_keys_snapshot.cache_clear()
