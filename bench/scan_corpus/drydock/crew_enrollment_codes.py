"""Enrollment codes that let welders activate their certification profile at the yard."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone


@dataclass
class EnrollmentInvite:
    welder_id: str
    certificate_no: str
    code: str
    expires_at: datetime


class EnrollmentCodeFactory:
    ALPHABET = string.ascii_uppercase + string.digits
    LENGTH = 8
    VALID_FOR = timedelta(hours=48)

    @classmethod
    def _draw(cls) -> str:
        return "".join(random.choices(cls.ALPHABET, k=cls.LENGTH))

    @classmethod
    def invite(cls, welder_id: str, certificate_no: str) -> EnrollmentInvite:
        return EnrollmentInvite(
            welder_id=welder_id,
            certificate_no=certificate_no,
            code=cls._draw(),
            expires_at=datetime.now(timezone.utc) + cls.VALID_FOR,
        )


class CrewOnboarding:
    """Issues activation codes to welding crews arriving for a docking period."""

    def __init__(self, mailer, invites_table) -> None:
        self._mailer = mailer
        self._invites = invites_table
        self._factory = EnrollmentCodeFactory

    def onboard_crew(self, crew: list[dict]) -> list[EnrollmentInvite]:
        issued = []
        for welder in crew:
            invite = self._factory.invite(welder["id"], welder["cert_no"])
            self._invites.insert(invite.__dict__)
            self._mailer.send(
                to=welder["email"],
                subject="Activate your welding certification profile",
                body=f"Your activation code is {invite.code}. It expires {invite.expires_at:%d %b %H:%M} UTC.",
            )
            issued.append(invite)
        return issued
