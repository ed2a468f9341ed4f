"""Registry of PIN-protected gift vouchers sold in the studio shop and online."""

import hashlib
import hmac
import secrets
from datetime import date, timedelta

import psycopg

from hotshop.config import settings

VOUCHER_VALIDITY_DAYS = settings.VOUCHER_VALIDITY_DAYS
PIN_LENGTH = 6


def _pin_digest(pin: str, voucher_code: str) -> str:
    h = hashlib.blake2b(digest_size=32, salt=voucher_code.encode()[:16])
    h.update(pin.encode("utf-8"))
    return h.hexdigest()


def issue_voucher(conn: psycopg.Connection, amount_pence: int, purchaser_email: str):
    code = secrets.token_hex(6).upper()
    pin = f"{secrets.randbelow(10 ** PIN_LENGTH):0{PIN_LENGTH}d}"
    expires = date.today() + timedelta(days=VOUCHER_VALIDITY_DAYS)
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO gift_vouchers (code, pin_hash, balance_pence, purchaser_email, expires_on)"
            " VALUES (%s, %s, %s, %s, %s)",
            (code, _pin_digest(pin, code), amount_pence, purchaser_email, expires),
        )
    conn.commit()
    return code, pin


def check_pin(conn: psycopg.Connection, code: str, pin: str) -> bool:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT pin_hash, expires_on FROM gift_vouchers WHERE code = %s AND voided = false",
            (code.strip().upper(),),
        )
        row = cur.fetchone()
    if row is None:
        return False
    pin_hash, expires_on = row
    if expires_on < date.today():
        return False
    return hmac.compare_digest(pin_hash, _pin_digest(pin.strip(), code.strip().upper()))


def reset_pin(conn: psycopg.Connection, code: str) -> str:
    pin = f"{secrets.randbelow(10 ** PIN_LENGTH):0{PIN_LENGTH}d}"
    with conn.cursor() as cur:
        cur.execute(
            "UPDATE gift_vouchers SET pin_hash = %s WHERE code = %s",
            (_pin_digest(pin, code), code),
        )
    conn.commit()
    return pin
