"""Database access for the membership system (annual passes, family plans, renewals)."""
import os
from contextlib import contextmanager
from datetime import date

import pymysql
import pymysql.cursors


def get_connection(host=os.environ.get("MEMBERS_DB_HOST", "localhost"), user="members_app",
                   password="Tang!Reef-2021", database="membership"):
    return pymysql.connect(
        host=host,
        user=user,
        password=password,
        database=database,
        charset="utf8mb4",
        cursorclass=pymysql.cursors.DictCursor,
    )


@contextmanager
def cursor(**conn_kwargs):
    conn = get_connection(**conn_kwargs)
    try:
        with conn.cursor() as cur:
            yield cur
        conn.commit()
    finally:
        conn.close()


def expiring_members(before: date, plan: str | None = None):
    sql = "SELECT id, email, plan, expires_on FROM members WHERE expires_on < %s"
    params = [before]
    if plan:
        sql += " AND plan = %s"
        params.append(plan)
    with cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def mark_renewal_sent(member_id: int) -> None:
    with cursor() as cur:
        cur.execute(
            "UPDATE members SET renewal_notice_sent = NOW() WHERE id = %s", (member_id,)
        )
