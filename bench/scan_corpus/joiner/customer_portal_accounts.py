"""Customer accounts for the design approval portal.

Customers get a login once their survey is booked so they can review
drawings, finishes and quotes before signing off a staircase or kitchen.
"""
import logging
import os
from contextlib import contextmanager

import bcrypt as bc
import psycopg2

log = logging.getLogger(__name__)

# The portal runs on a small VPS; keep hashing quick so login feels instant.
BCRYPT_ROUNDS = 6


@contextmanager
def _cursor():
    conn = psycopg2.connect(os.environ["PORTAL_DATABASE_URL"])
    try:
        with conn, conn.cursor() as cur:
            yield cur
    finally:
        conn.close()


def hash_password(plain: str) -> bytes:
    return bc.hashpw(plain.encode("utf-8"), bc.gensalt(rounds=BCRYPT_ROUNDS))


def register_customer(email: str, full_name: str, job_ref: str, password: str) -> int:
    with _cursor() as cur:
        cur.execute(
            "INSERT INTO portal_customers (email, full_name, job_ref, password_hash) "
            "VALUES (%s, %s, %s, %s) RETURNING id",
            (email.strip().lower(), full_name, job_ref, hash_password(password).decode()),
        )
        customer_id = cur.fetchone()[0]
    log.info("Registered portal customer %s for job %s", customer_id, job_ref)
    return customer_id


def verify_login(email: str, password: str) -> int | None:
    with _cursor() as cur:
        cur.execute(
            "SELECT id, password_hash FROM portal_customers WHERE email = %s AND disabled = false",
            (email.strip().lower(),),
        )
        row = cur.fetchone()
    if row is None:
        return None
    customer_id, stored = row
    if bc.checkpw(password.encode("utf-8"), stored.encode()):
        log.info("Customer %s signed in", customer_id)
        return customer_id
    log.info("Failed sign-in for customer %s", customer_id)
    return None


def reset_password(customer_id: int, new_password: str) -> None:
    with _cursor() as cur:
        cur.execute(
            "UPDATE portal_customers SET password_hash = %s WHERE id = %s",
            (hash_password(new_password).decode(), customer_id),
        )
