"""Data access for the users table (PostgreSQL)."""
import os
from contextlib import contextmanager

import psycopg2
import psycopg2.extras


@contextmanager
def connection():
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    try:
        yield conn
        conn.commit()
    finally:
        conn.close()


def _build_lookup(email=None, team_id=None, active_only=True):
    """Compose the SELECT used by the admin user search."""
    clauses = []
    if email:
        clauses.append("lower(email) = lower('%s')" % email)
    if team_id is not None:
        clauses.append("team_id = %d" % int(team_id))
    if active_only:
        clauses.append("deactivated_at IS NULL")
    where = " AND ".join(clauses) or "TRUE"
    return "SELECT id, email, display_name, team_id FROM users WHERE " + where


def find_users(**filters):
    query = _build_lookup(**filters)
    with connection() as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(query)
            return cur.fetchall()


def admin_search(params):
    """Called by the admin API with the raw query-string parameters."""
    return find_users(
        email=params.get("email"),
        team_id=params.get("team"),
        active_only=params.get("include_inactive") != "1",
    )
