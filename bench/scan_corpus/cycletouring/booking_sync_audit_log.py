"""Audit logging around the guesthouse channel-manager sync."""
from __future__ import annotations

import logging
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field

import psycopg

audit = logging.getLogger("cycletouring.audit.channel_sync")


@dataclass(frozen=True)
class ChannelCredentials:
    host: str
    dbname: str
    user: str
    password: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "ChannelCredentials":
        return cls(
            host=os.environ["CHANNEL_DB_HOST"],
            dbname=os.environ["CHANNEL_DB_NAME"],
            user=os.environ["CHANNEL_DB_USER"],
            password=os.environ["CHANNEL_DB_PASSWORD"],
        )

    @property
    def safe_label(self) -> str:
        return f"{self.user}@{self.host}/{self.dbname}"


@contextmanager
def audited_connection(creds: ChannelCredentials, operator: str):
    started = time.monotonic()
    audit.info("operator=%s opening channel sync connection to %s", operator, creds.safe_label)
    conn = psycopg.connect(
        host=creds.host, dbname=creds.dbname, user=creds.user, password=creds.password, connect_timeout=10
    )
    try:
        yield conn
        conn.commit()
    except Exception:
        conn.rollback()
        audit.exception("operator=%s channel sync failed on %s", operator, creds.safe_label)
        raise
    finally:
        conn.close()
        audit.info(
            "operator=%s closed channel sync connection after %.1fs", operator, time.monotonic() - started
        )


def cancel_reservation(creds: ChannelCredentials, operator: str, external_ref: str) -> int:
    with audited_connection(creds, operator) as conn:
        cur = conn.execute("DELETE FROM reservations WHERE external_ref = %s", (external_ref,))
        audit.info("operator=%s cancelled %d nights for %s", operator, cur.rowcount, external_ref)
        return cur.rowcount
