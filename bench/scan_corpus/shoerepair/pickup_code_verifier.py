"""Checks the pickup code a customer quotes at the counter before releasing repaired items."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Protocol


class PepperSource:
    env_var = "PICKUP_CODE_PEPPER"

    def value(self) -> bytes:
        return os.environ[self.env_var].encode()


@dataclass
class TicketRecord:
    ticket_no: str
    status: str
    code_digest: bytes
    code_expires: datetime


class TicketLookup(Protocol):
    def by_number(self, ticket_no: str) -> TicketRecord | None: ...


class CodeHasher:
    def __init__(self, pepper: PepperSource) -> None:
        self._pepper = pepper

    def digest(self, ticket_no: str, code: str) -> bytes:
        normalised = code.replace("-", "").strip().upper()
        return hmac.new(self._pepper.value(), f"{ticket_no}:{normalised}".encode(), hashlib.sha256).digest()


class CollectionDesk:
    def __init__(self, tickets: TicketLookup, hasher: CodeHasher) -> None:
        self.tickets = tickets
        self.hasher = hasher

    def release(self, ticket_no: str, quoted_code: str) -> bool:
        record = self.tickets.by_number(ticket_no)
        if record is None or record.status != "ready":
            return False
        if record.code_expires < datetime.now(timezone.utc):
            return False
        presented = self.hasher.digest(ticket_no, quoted_code)
        return hmac.compare_digest(presented, record.code_digest)
