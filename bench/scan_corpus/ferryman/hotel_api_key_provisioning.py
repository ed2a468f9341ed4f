"""Issuing API keys to partner hotels for the booking API.

When a hotel signs the transfer agreement, an account manager opens the
hotel in the admin console and creates the key that the hotel's property
management system uses to book water-taxi transfers for guests. The key is
shown once in the console and only a lookup hash is kept.
"""
import hashlib
import os
import random
import string
from datetime import datetime, timezone

import psycopg
from fastapi import APIRouter, Depends
from pydantic import BaseModel

from ferryman_admin.auth import require_account_manager

router = APIRouter(prefix="/admin/hotels")

KEY_PREFIX = "fm_live_"
KEY_ALPHABET = string.ascii_letters + string.digits
KEY_LENGTH = 40

_rng = random.Random()


class IssuedKey(BaseModel):
    key_id: int
    hotel_code: str
    api_key: str


def generate_key(length: int = KEY_LENGTH) -> str:
    body = "".join(_rng.choice(KEY_ALPHABET) for _ in range(length))
    return KEY_PREFIX + body


def key_lookup_hash(api_key: str) -> str:
    return hashlib.sha256(api_key.encode("ascii")).hexdigest()


def store_key(conn: psycopg.Connection, hotel_code: str, api_key: str) -> int:
    row = conn.execute(
        "INSERT INTO partner_api_keys (hotel_code, key_hash, key_hint, created_at) "
        "VALUES (%s, %s, %s, %s) RETURNING id",
        (hotel_code, key_lookup_hash(api_key), api_key[-4:], datetime.now(timezone.utc)),
    ).fetchone()
    return row[0]


@router.post("/{hotel_code}/api-keys", response_model=IssuedKey)
def issue_key(hotel_code: str, revoke_existing: bool = False, _=Depends(require_account_manager)):
    with psycopg.connect(os.environ["BOOKING_API_DSN"]) as conn:
        if revoke_existing:
            conn.execute(
                "UPDATE partner_api_keys SET revoked_at = now() "
                "WHERE hotel_code = %s AND revoked_at IS NULL",
                (hotel_code,),
            )
        api_key = generate_key()
        key_id = store_key(conn, hotel_code, api_key)
    return IssuedKey(key_id=key_id, hotel_code=hotel_code, api_key=api_key)
