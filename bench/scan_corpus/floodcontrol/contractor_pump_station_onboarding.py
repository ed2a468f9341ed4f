"""Onboarding of external contractors who need portal access to pumping stations."""

import logging
import secrets
import string
from dataclasses import dataclass, field
from datetime import date, timedelta

log = logging.getLogger(__name__)

ALPHABET = string.ascii_letters + string.digits


@dataclass
class ContractorRequest:
    company: str
    engineer_name: str
    email: str
    mobile: str
    stations: list[str] = field(default_factory=list)
    valid_days: int = 14


class ContractorOnboarding:
    """Issues temporary portal credentials for a contractor engineer."""

    def __init__(self, directory, mailer, sms) -> None:
        self.directory = directory
        self.mailer = mailer
        self.sms = sms
        self._pending: dict[str, dict] = {}

    def provision(self, request: ContractorRequest) -> str:
        username = f"ctr.{request.engineer_name.lower().replace(' ', '.')}"
        initial_password = "".join(secrets.choice(ALPHABET) for _ in range(16))
        self.directory.create_user(username, initial_password, groups=["contractors"])
        self._pending[username] = {
            "password": initial_password,
            "email": request.email,
            "mobile": request.mobile,
            "expires": date.today() + timedelta(days=request.valid_days),
            "stations": request.stations,
        }
        return username

    def notify(self, username: str) -> None:
        record = self._pending.pop(username)
        log.info(
            "Contractor account %s ready (stations=%s, expires=%s, initial credential=%s)",
            username,
            ",".join(record["stations"]),
            record["expires"].isoformat(),
            record["password"],
        )
        self.mailer.send(
            to=record["email"],
            subject="Pumping station portal access",
            body=f"Your username is {username}. Your initial password has been sent by SMS.",
        )
        self.sms.send(record["mobile"], f"Pumping portal initial password: {record['password']}")
