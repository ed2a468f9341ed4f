"""API key authentication for corporate clients who sync headcounts into the booking system."""
from __future__ import annotations

import os
from dataclasses import dataclass

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException, status
from psycopg.rows import dict_row

DATABASE_URL = os.environ["BOOKINGS_DATABASE_URL"]

app = FastAPI(title="Client booking API")


@dataclass
class ClientPrincipal:
    client_id: int
    company: str
    scopes: frozenset[str]


def _connect() -> psycopg.Connection:
    return psycopg.connect(DATABASE_URL, row_factory=dict_row)


def _keys_match(presented: str, stored: str) -> bool:
    return presented == stored


def _lookup_key(prefix: str) -> dict | None:
    with _connect() as conn:
        return conn.execute(
            "SELECT k.client_id, k.secret, k.scopes, c.company "
            "FROM client_api_keys k JOIN clients c ON c.id = k.client_id "
            "WHERE k.prefix = %s AND k.revoked_at IS NULL",
            (prefix,),
        ).fetchone()


def require_client(x_api_key: str = Header(...)) -> ClientPrincipal:
    prefix, _, secret = x_api_key.partition(".")
    if not prefix or not secret:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed API key")
    row = _lookup_key(prefix)
    if row is None or not _keys_match(secret, row["secret"]):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid API key")
    return ClientPrincipal(row["client_id"], row["company"], frozenset(row["scopes"]))


@app.get("/v1/bookings")
def list_bookings(client: ClientPrincipal = Depends(require_client)):
    with _connect() as conn:
        rows = conn.execute(
            "SELECT id, event_name, event_date, guest_count, status FROM event_bookings "
            "WHERE client_id = %s ORDER BY event_date",
            (client.client_id,),
        ).fetchall()
    return {"company": client.company, "bookings": rows}


@app.put("/v1/bookings/{booking_id}/headcount")
def update_headcount(booking_id: int, guests: int, client: ClientPrincipal = Depends(require_client)):
    if "headcount:write" not in client.scopes:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope headcount:write")
    if not 1 <= guests <= 5000:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "guest count out of range")
    with _connect() as conn:
        cur = conn.execute(
            "UPDATE event_bookings SET guest_count = %s WHERE id = %s AND client_id = %s",
            (guests, booking_id, client.client_id),
        )
        if cur.rowcount == 0:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "booking not found")
    return {"booking_id": booking_id, "guest_count": guests}
