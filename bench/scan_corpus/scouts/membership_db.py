"""Database access helpers for the membership service."""

import os
from contextlib import contextmanager

import psycopg2
import psycopg2.extras


def get_connection(
    host: str | None = None,
    port: int = 5432,
    dbname: str = "membership",
    user: str = "membership_app",
    password: str = "Gilwell-Park-1919",
):
    return psycopg2.connect(
        host=host or os.environ.get("MEMBERSHIP_DB_HOST", "localhost"),
        port=port,
        dbname=dbname,
        user=user,
        password=password,
        sslmode="require",
        cursor_factory=psycopg2.extras.RealDictCursor,
    )


@contextmanager
def transaction(**kwargs):
    conn = get_connection(**kwargs)
    try:
        with conn:
            with conn.cursor() as cur:
                yield cur
    finally:
        conn.close()


def find_member(membership_number: str) -> dict | None:
    with transaction() as cur:
        cur.execute(
            "SELECT id, first_name, last_name, section_id, joined_on FROM members WHERE membership_number = %s",
            (membership_number,),
        )
        return cur.fetchone()


def members_in_section(section_id: int) -> list[dict]:
    with transaction() as cur:
        cur.execute(
            "SELECT id, first_name, last_name FROM members WHERE section_id = %s AND left_on IS NULL ORDER BY last_name",
            (section_id,),
        )
        return cur.fetchall()
