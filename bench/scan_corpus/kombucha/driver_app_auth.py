"""Authentication for the delivery drivers' handheld app.

Each van has its own device key. The key is looked up by its public
prefix, and the secret part is compared against the stored value.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["DELIVERY_DATABASE_URL"], pool_pre_ping=True)
app = FastAPI(title="driver-api")


@dataclass(frozen=True)
class Van:
    van_id: int
    plate: str
    route_id: int


def _keys_match(presented: str, stored: str) -> bool:
    return secrets.compare_digest(presented.encode("utf-8"), stored.encode("utf-8"))


def issue_device_key(van_id: int) -> str:
    prefix = secrets.token_hex(4)
    secret = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE vans SET key_prefix = :p, key_secret = :s WHERE van_id = :v"),
            {"p": prefix, "s": secret, "v": van_id},
        )
    return f"{prefix}.{secret}"


def current_van(x_device_key: str = Header(default="")) -> Van:
    prefix, _, secret = x_device_key.partition(".")
    if not prefix or not secret:
        raise HTTPException(status_code=401)
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT van_id, plate, route_id, key_secret FROM vans"
                 " WHERE key_prefix = :p AND active"),
            {"p": prefix},
        ).first()
    if row is None or not _keys_match(secret, row.key_secret):
        raise HTTPException(status_code=401)
    return Van(row.van_id, row.plate, row.route_id)


@app.get("/me/route")
def my_route(van: Van = Depends(current_van)):
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT account_code, address, window_start FROM route_stops"
                 " WHERE route_id = :rid ORDER BY position"),
            {"rid": van.route_id},
        ).mappings().all()
    return {"van": van.plate, "stops": [dict(r) for r in rows]}
