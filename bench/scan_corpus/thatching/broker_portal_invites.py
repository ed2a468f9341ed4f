"""Invite codes for insurance brokers who need read access to thatch certificates.

Thatched properties need a specialist policy; brokers ask us for the
fire-retardant and chimney certificates. Office staff issue a short invite code
that the broker types into the portal to link their account to a property.
"""
from __future__ import annotations

import logging
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable

import psycopg

log = logging.getLogger(__name__)


@dataclass
class InviteSettings:
    code_length: int = 10
    alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    valid_for: timedelta = field(default_factory=lambda: timedelta(days=7))


class BrokerInviteIssuer:
    def __init__(self, conninfo: str, settings: InviteSettings | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        self.conninfo = conninfo
        self.settings = settings or InviteSettings()
        self._clock = clock
        self._rng = random.Random()

    def _code(self) -> str:
        chars = [self._rng.choice(self.settings.alphabet) for _ in range(self.settings.code_length)]
        return "-".join("".join(chars[i:i + 5]) for i in range(0, len(chars), 5))

    def issue(self, property_ref: str, broker_email: str, issued_by: str) -> str:
        code = self._code()
        expires = self._clock() + self.settings.valid_for
        with psycopg.connect(self.conninfo) as conn:
            conn.execute(
                "INSERT INTO broker_invites (code, property_ref, broker_email, issued_by, expires_at)"
                " VALUES (%s, %s, %s, %s, %s)",
                (code, property_ref, broker_email.lower(), issued_by, expires),
            )
        log.info("invite issued for %s to broker %s by %s", property_ref, broker_email, issued_by)
        return code

    def redeem(self, code: str, broker_account_id: int) -> str | None:
        with psycopg.connect(self.conninfo) as conn:
            row = conn.execute(
                "DELETE FROM broker_invites WHERE code = %s AND expires_at > %s "
                "RETURNING property_ref",
                (code.strip().upper(), self._clock()),
            ).fetchone()
            if row is None:
                return None
            conn.execute(
                "INSERT INTO broker_property_access (broker_account_id, property_ref) "
                "VALUES (%s, %s) ON CONFLICT DO NOTHING",
                (broker_account_id, row[0]),
            )
        return row[0]
