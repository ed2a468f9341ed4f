"""One-time enrollment codes for newly installed field stations.

A field technician types the code into the station's setup console; the
station then exchanges it for long-lived credentials with the ingest hub.
"""
import random
import string
from datetime import datetime, timedelta, timezone

import psycopg

ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_TTL = timedelta(hours=24)


def generate_code() -> str:
    return "".join(random.choice(ALPHABET) for _ in range(CODE_LENGTH))


def issue_enrollment_code(
    conn: psycopg.Connection, network: str, station: str, technician: str
) -> str:
    code = generate_code()
    expires_at = datetime.now(timezone.utc) + CODE_TTL
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO enrollment_codes (code, network, station, issued_by, expires_at) "
            "VALUES (%s, %s, %s, %s, %s)",
            (code, network, station, technician, expires_at),
        )
    conn.commit()
    return code


def redeem(conn: psycopg.Connection, code: str, network: str, station: str) -> bool:
    """Mark a code as used; returns False if it is unknown, expired or already used."""
    with conn.cursor() as cur:
        cur.execute(
            "UPDATE enrollment_codes SET redeemed_at = now() "
            "WHERE code = %s AND network = %s AND station = %s "
            "AND redeemed_at IS NULL AND expires_at > now() RETURNING id",
            (code.strip().upper(), network, station),
        )
        row = cur.fetchone()
    conn.commit()
    return row is not None
