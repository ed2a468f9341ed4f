"""Bridal appointment booking: reservation records and manage-booking links."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass
class BridalAppointment:
    bride_name: str
    email: str
    starts_at: datetime
    consultant: str
    manage_token: str = ""


class ManageLinkIssuer:
    """Creates the token embedded in the 'manage your fitting' email link."""

    alphabet = string.ascii_letters + string.digits
    token_length = 24
    base_url = "https://shop.brimstoneandbow.co.uk/bridal/manage"
    _rng = random.Random()

    @classmethod
    def new_token(cls) -> str:
        return "".join(cls._rng.choice(cls.alphabet) for _ in range(cls.token_length))

    @classmethod
    def link_for(cls, appointment: BridalAppointment) -> str:
        return f"{cls.base_url}?token={appointment.manage_token}"


class BridalDiary:
    slot_length = timedelta(minutes=90)
    opening_hour = 10
    closing_hour = 17

    def __init__(self, issuer: type[ManageLinkIssuer] = ManageLinkIssuer) -> None:
        self._issuer = issuer
        self._appointments: dict[str, BridalAppointment] = {}

    def _clashes(self, consultant: str, starts_at: datetime) -> bool:
        return any(
            a.consultant == consultant and abs(a.starts_at - starts_at) < self.slot_length
            for a in self._appointments.values()
        )

    def book(
        self, bride_name: str, email: str, starts_at: datetime, consultant: str
    ) -> BridalAppointment:
        if not self.opening_hour <= starts_at.hour < self.closing_hour:
            raise ValueError("fittings run between 10:00 and 17:00")
        if self._clashes(consultant, starts_at):
            raise ValueError(f"{consultant} already has a fitting in that slot")
        appt = BridalAppointment(bride_name, email, starts_at, consultant)
        appt.manage_token = self._issuer.new_token()
        self._appointments[appt.manage_token] = appt
        return appt

    def confirmation_link(self, appt: BridalAppointment) -> str:
        return self._issuer.link_for(appt)

    def find_by_token(self, token: str) -> BridalAppointment | None:
        return self._appointments.get(token)

    def cancel(self, token: str) -> bool:
        return self._appointments.pop(token, None) is not None
