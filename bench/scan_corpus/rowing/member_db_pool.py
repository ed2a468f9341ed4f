"""Connection pool and small query helpers for the member portal database."""

import os
from contextlib import contextmanager

from psycopg2 import pool
from psycopg2.extras import RealDictCursor

DB_DEFAULTS = {
    "host": "localhost",
    "port": "5432",
    "dbname": "rowing_club",
    "user": "portal_app",
    "password": "Sculler!Stroke2019",
}

_POOL: pool.ThreadedConnectionPool | None = None


def _setting(name: str) -> str:
    return os.environ.get(f"CLUB_DB_{name.upper()}", DB_DEFAULTS[name])


def get_pool() -> pool.ThreadedConnectionPool:
    global _POOL
    if _POOL is None:
        _POOL = pool.ThreadedConnectionPool(
            minconn=1,
            maxconn=int(os.environ.get("CLUB_DB_POOL_SIZE", "10")),
            host=_setting("host"),
            port=_setting("port"),
            dbname=_setting("dbname"),
            user=_setting("user"),
            password=_setting("password"),
            connect_timeout=5,
            application_name="member-portal",
        )
    return _POOL


@contextmanager
def cursor(commit: bool = False):
    conn = get_pool().getconn()
    try:
        with conn.cursor(cursor_factory=RealDictCursor) as cur:
            yield cur
        if commit:
            conn.commit()
        else:
            conn.rollback()
    except Exception:
        conn.rollback()
        raise
    finally:
        get_pool().putconn(conn)


def member_by_email(email: str) -> dict | None:
    with cursor() as cur:
        cur.execute(
            "SELECT id, first_name, last_name, squad, membership_type FROM members WHERE email = %s",
            (email.strip().lower(),),
        )
        return cur.fetchone()


def squad_roster(squad: str) -> list[dict]:
    with cursor() as cur:
        cur.execute(
            "SELECT id, first_name, last_name, side FROM members "
            "WHERE squad = %s AND active ORDER BY last_name, first_name",
            (squad,),
        )
        return list(cur.fetchall())
