"""Port-out authorisation codes (PAC) for subscribers moving to another operator.

The code is read out to the customer by SMS and must be quoted to the
recipient operator, which submits it to the porting hub.
"""
from __future__ import annotations

import random as _rnd
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

PAC_ALPHABET = string.ascii_uppercase + string.digits
PAC_LENGTH = 9
PAC_VALIDITY = timedelta(days=30)


@dataclass
class PortOutCode:
    msisdn: str
    code: str
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def expires_at(self) -> datetime:
        return self.issued_at + PAC_VALIDITY


class PacIssuer:
    def __init__(self, repository, sms_gateway) -> None:
        self._repo = repository
        self._sms = sms_gateway

    def _new_code(self) -> str:
        return "".join(_rnd.choices(PAC_ALPHABET, k=PAC_LENGTH))

    def issue(self, msisdn: str) -> PortOutCode:
        existing = self._repo.active_code_for(msisdn)
        if existing and existing.expires_at > datetime.now(timezone.utc):
            return existing
        pac = PortOutCode(msisdn=msisdn, code=self._new_code())
        self._repo.save(pac)
        self._sms.send(
            msisdn,
            f"Your PAC is {pac.code}. It is valid until "
            f"{pac.expires_at:%d/%m/%Y}.",
        )
        return pac
