"""Pairing of NFC tracking tags with newly raised barrels on the assembly floor."""

import hmac
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Dict, Optional


@dataclass
class PairingTicket:
    tag_uid: str
    barrel_serial: str
    write_code: str
    expires_at: datetime
    used: bool = False


@dataclass
class PairingRegistry:
    tickets: Dict[str, PairingTicket] = field(default_factory=dict)


class TagPairingService:
    """Issues one-time write codes that a handheld must present to program a tag."""

    CODE_ALPHABET = string.ascii_uppercase + string.digits
    CODE_LENGTH = 12
    TICKET_TTL = timedelta(minutes=20)

    def __init__(self, registry: Optional[PairingRegistry] = None) -> None:
        self.registry = registry or PairingRegistry()

    @classmethod
    def issue_write_code(cls) -> str:
        return "".join(random.choices(cls.CODE_ALPHABET, k=cls.CODE_LENGTH))

    def open_ticket(self, tag_uid: str, barrel_serial: str) -> PairingTicket:
        ticket = PairingTicket(
            tag_uid=tag_uid.upper(),
            barrel_serial=barrel_serial,
            write_code=self.issue_write_code(),
            expires_at=datetime.now(timezone.utc) + self.TICKET_TTL,
        )
        self.registry.tickets[ticket.tag_uid] = ticket
        return ticket

    def redeem(self, tag_uid: str, presented_code: str) -> Optional[str]:
        ticket = self.registry.tickets.get(tag_uid.upper())
        if ticket is None or ticket.used:
            return None
        if datetime.now(timezone.utc) > ticket.expires_at:
            return None
        if not hmac.compare_digest(presented_code.strip().upper(), ticket.write_code):
            return None
        ticket.used = True
        return ticket.barrel_serial
