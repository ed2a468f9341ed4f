"""Files the pre-departure crew list with the port authority's electronic service."""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass
from datetime import date

import requests
from django.conf import settings

log = logging.getLogger("charter.crewlist")


@dataclass
class CrewEntry:
    full_name: str
    nationality: str
    passport_no: str
    date_of_birth: date
    role: str = "crew"


class PortAuthorityClient:
    TIMEOUT = 20

    def __init__(self) -> None:
        self.endpoint = settings.PORT_AUTHORITY_API_URL
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {settings.PORT_AUTHORITY_TOKEN}"

    @staticmethod
    def render(vessel: str, registration: str, crew: list[CrewEntry], departure: date) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["vessel", vessel, "registration", registration])
        writer.writerow(["departure", departure.isoformat()])
        writer.writerow(["name", "nationality", "passport", "dob", "role"])
        for entry in crew:
            writer.writerow([
                entry.full_name,
                entry.nationality,
                entry.passport_no,
                entry.date_of_birth.isoformat(),
                entry.role,
            ])
        return buf.getvalue()

    def submit(self, vessel: str, registration: str, crew: list[CrewEntry], departure: date, port_code: str) -> str:
        if not crew:
            raise ValueError("crew list is empty")
        document = self.render(vessel, registration, crew, departure)
        resp = self.http.post(
            self.endpoint,
            data={"port": port_code, "vessel": registration},
            files={"crew_list": ("crew.csv", document, "text/csv")},
            timeout=self.TIMEOUT,
        )
        resp.raise_for_status()
        receipt = resp.json()["receipt"]
        log.info("crew list for %s filed with %s (receipt %s)", registration, port_code, receipt)
        return receipt
