"""Creates visitor Wi-Fi accounts on the FreeRADIUS backend.

Hosts register a visitor at the front desk; the visitor receives a username and
password by SMS and the account expires at the end of the day.
"""
from __future__ import annotations

import logging
import os
import secrets
from dataclasses import asdict, dataclass
from datetime import datetime, time, timezone

import psycopg

log = logging.getLogger("wifi.guests")

RADIUS_DSN = os.environ["RADIUS_DB_DSN"]


@dataclass
class GuestAccount:
    username: str
    password: str
    host_member_id: int
    visitor_name: str
    expires_at: str


def _end_of_day() -> datetime:
    today = datetime.now(timezone.utc).date()
    return datetime.combine(today, time(23, 59), tzinfo=timezone.utc)


def new_guest_account(host_member_id: int, visitor_name: str) -> GuestAccount:
    return GuestAccount(
        username=f"guest-{secrets.token_hex(3)}",
        password=secrets.token_urlsafe(9),
        host_member_id=host_member_id,
        visitor_name=visitor_name,
        expires_at=_end_of_day().strftime("%d %b %Y %H:%M"),
    )


def provision(account: GuestAccount) -> None:
    with psycopg.connect(RADIUS_DSN) as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO radcheck (username, attribute, op, value) VALUES (%s, 'Cleartext-Password', ':=', %s)",
            (account.username, account.password),
        )
        cur.execute(
            "INSERT INTO radcheck (username, attribute, op, value) VALUES (%s, 'Expiration', ':=', %s)",
            (account.username, account.expires_at),
        )
    log.info("guest wifi account provisioned: %s", asdict(account))


def register_visitor(host_member_id: int, visitor_name: str, send_sms) -> str:
    account = new_guest_account(host_member_id, visitor_name)
    provision(account)
    send_sms(f"Wi-Fi: {account.username} / {account.password} (valid until {account.expires_at})")
    return account.username
