"""Order status endpoint for wholesale buyers, authenticated with a client id and secret."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Optional

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException
from psycopg.rows import dict_row

app = FastAPI()


@dataclass
class ClientRecord:
    buyer_id: int
    secret_sha256: str
    active: bool

    def accepts(self, presented: str) -> bool:
        digest = hashlib.sha256(presented.encode("utf-8")).hexdigest()
        return self.active and secrets.compare_digest(digest, self.secret_sha256)


def _conninfo() -> str:
    from wholesale.config import settings

    return settings.database_url


def load_client(client_id: str) -> Optional[ClientRecord]:
    with psycopg.connect(_conninfo(), row_factory=dict_row) as conn:
        row = conn.execute(
            "SELECT buyer_id, secret_sha256, active FROM api_clients WHERE client_id = %s",
            (client_id,),
        ).fetchone()
    return ClientRecord(**row) if row else None


def authenticated_buyer(
    x_client_id: str = Header(...), x_client_secret: str = Header(...)
) -> int:
    client = load_client(x_client_id)
    if client is None or not client.accepts(x_client_secret):
        raise HTTPException(status_code=401, detail="unauthorised")
    return client.buyer_id


@app.get("/v1/orders/{order_ref}")
def order_status(order_ref: str, buyer_id: int = Depends(authenticated_buyer)):
    with psycopg.connect(_conninfo(), row_factory=dict_row) as conn:
        order = conn.execute(
            "SELECT order_ref, buyer_id, status, litres, dispatched_on"
            " FROM wholesale_orders WHERE order_ref = %s",
            (order_ref,),
        ).fetchone()
    if order is None or order["buyer_id"] != buyer_id:
        raise HTTPException(status_code=404, detail="order not found")
    return {
        "order_ref": order["order_ref"],
        "status": order["status"],
        "litres": float(order["litres"]),
        "dispatched_on": order["dispatched_on"].isoformat() if order["dispatched_on"] else None,
    }
