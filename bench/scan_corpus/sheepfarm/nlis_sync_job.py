"""Nightly job: push tag transfers to the national livestock traceability
database (NLIS) and record the outcome in the farm database.
"""
from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from urllib.parse import quote_plus

import httpx
import psycopg

log = logging.getLogger("nlis_sync")


@dataclass
class DbSettings:
    host: str
    name: str
    user: str
    password: str = field(repr=False)
    port: int = 5432

    @property
    def conninfo(self) -> str:
        return (
            f"postgresql://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


@dataclass
class NlisSettings:
    endpoint: str
    account_id: str
    api_token: str = field(repr=False)


def pending_transfers(conn) -> list[tuple]:
    return conn.execute(
        "SELECT id, eid, from_pic, to_pic, moved_on FROM tag_transfers "
        "WHERE nlis_status = 'pending' ORDER BY moved_on LIMIT 500"
    ).fetchall()


def push(nlis: NlisSettings, rows: list[tuple]) -> dict:
    payload = {
        "account": nlis.account_id,
        "transfers": [
            {"eid": r[1], "from": r[2], "to": r[3], "date": r[4].isoformat()} for r in rows
        ],
    }
    with httpx.Client(timeout=60) as client:
        resp = client.post(
            f"{nlis.endpoint}/v2/transfers",
            json=payload,
            headers={"Authorization": f"Bearer {nlis.api_token}"},
        )
        resp.raise_for_status()
        return resp.json()


def run(db: DbSettings, nlis: NlisSettings) -> int:
    try:
        conn = psycopg.connect(db.conninfo, connect_timeout=10)
    except psycopg.OperationalError as exc:
        log.error("cannot reach farm database at %s: %s", db.conninfo, exc)
        return 2
    with conn:
        rows = pending_transfers(conn)
        if not rows:
            log.info("no pending tag transfers")
            return 0
        result = push(nlis, rows)
        accepted = set(result.get("accepted_eids", []))
        for r in rows:
            status = "accepted" if r[1] in accepted else "rejected"
            conn.execute(
                "UPDATE tag_transfers SET nlis_status = %s WHERE id = %s", (status, r[0])
            )
    log.info("pushed %d transfers, %d accepted", len(rows), len(accepted))
    return 0


if __name__ == "__main__":
    from .config import load_settings

    logging.basicConfig(level=logging.INFO)
    db_settings, nlis_settings = load_settings()
    sys.exit(run(db_settings, nlis_settings))
