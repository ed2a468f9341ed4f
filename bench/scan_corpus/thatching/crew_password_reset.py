"""Office tool to reset a crew member's tablet password.

The foreman phones the office, the office runs this command, and the new
temporary password is texted to the crew member's work phone; it must be
changed at next login.
"""
from __future__ import annotations

import argparse
import logging
import os
import secrets
import string
from dataclasses import dataclass

import psycopg
import requests
from argon2 import PasswordHasher

log = logging.getLogger("office.crew_reset")
ALPHABET = string.ascii_letters + string.digits
hasher = PasswordHasher()


@dataclass
class ResetOutcome:
    crew_id: int
    username: str
    mobile: str
    temporary_password: str
    reset_by: str


def temporary_password(length: int = 14) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def reset_crew_password(conninfo: str, username: str, reset_by: str) -> ResetOutcome:
    password = temporary_password()
    with psycopg.connect(conninfo) as conn:
        row = conn.execute(
            "UPDATE crew_login SET pw_hash = %s, must_change = true "
            "WHERE username = %s AND active RETURNING crew_id, mobile",
            (hasher.hash(password), username),
        ).fetchone()
        if row is None:
            raise LookupError(f"no active crew login called {username!r}")
        conn.execute(
            "INSERT INTO crew_login_audit (crew_id, action, actor) VALUES (%s, 'reset', %s)",
            (row[0], reset_by),
        )
    outcome = ResetOutcome(crew_id=row[0], username=username, mobile=row[1],
                           temporary_password=password, reset_by=reset_by)
    log.info("crew password reset completed: %s", outcome)
    return outcome


def send_sms(to: str, body: str) -> None:
    resp = requests.post(
        os.environ["SMS_GATEWAY_URL"],
        auth=(os.environ["SMS_ACCOUNT_ID"], os.environ["SMS_AUTH_TOKEN"]),
        data={"To": to, "From": os.environ["SMS_SENDER"], "Body": body},
        timeout=10,
    )
    resp.raise_for_status()


def main() -> int:
    parser = argparse.ArgumentParser(description="Reset a crew member's tablet password")
    parser.add_argument("username")
    parser.add_argument("--by", required=True, help="office user performing the reset")
    args = parser.parse_args()
    logging.basicConfig(filename=os.environ.get("OFFICE_LOG", "office-tools.log"),
                        level=logging.INFO)
    try:
        outcome = reset_crew_password(os.environ["CREW_CONNINFO"], args.username, args.by)
    except LookupError as exc:
        print(exc)
        return 1
    send_sms(outcome.mobile,
             f"Your thatch yard tablet password is now {outcome.temporary_password}. "
             "You will be asked to change it when you sign in.")
    print(f"Temporary password texted to {outcome.username}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
