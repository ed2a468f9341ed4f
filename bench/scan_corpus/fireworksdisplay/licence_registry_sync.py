"""Nightly sync of explosives licences and storage registrations from the regulator portal."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("licence_sync")


@dataclass(frozen=True)
class RegistryCredentials:
    endpoint: str
    username: str
    password: str
    company_ref: str

    @classmethod
    def from_env(cls) -> "RegistryCredentials":
        return cls(
            endpoint=os.environ["REGULATOR_API_URL"],
            username=os.environ["REGULATOR_USERNAME"],
            password=os.environ["REGULATOR_PASSWORD"],
            company_ref=os.environ["REGULATOR_COMPANY_REF"],
        )


class LicenceRegistrySync:
    def __init__(self, credentials: RegistryCredentials, database_url: str) -> None:
        self.credentials = credentials
        self.engine = create_engine(database_url)
        self.session = requests.Session()
        self.session.auth = (credentials.username, credentials.password)

    def fetch_licences(self) -> list[dict]:
        log.info("Fetching licences from regulator with %s", self.credentials)
        resp = self.session.get(
            f"{self.credentials.endpoint}/companies/{self.credentials.company_ref}/licences",
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["licences"]

    def upsert(self, licences: list[dict]) -> int:
        stmt = text(
            "INSERT INTO explosives_licences (licence_number, kind, holder, max_nec_kg, expires_on) "
            "VALUES (:number, :kind, :holder, :max_nec_kg, :expires_on) "
            "ON CONFLICT (licence_number) DO UPDATE SET kind = EXCLUDED.kind, "
            "holder = EXCLUDED.holder, max_nec_kg = EXCLUDED.max_nec_kg, expires_on = EXCLUDED.expires_on"
        )
        rows = [
            {
                "number": lic["number"],
                "kind": lic["kind"],
                "holder": lic["holder"],
                "max_nec_kg": lic.get("max_nec_kg"),
                "expires_on": date.fromisoformat(lic["expires_on"]),
            }
            for lic in licences
        ]
        with self.engine.begin() as conn:
            conn.execute(stmt, rows)
        return len(rows)

    def run(self) -> None:
        licences = self.fetch_licences()
        count = self.upsert(licences)
        horizon = date.today() + timedelta(days=365)
        soon = [lic["number"] for lic in licences if date.fromisoformat(lic["expires_on"]) < horizon]
        log.info("synced %d licences, %d expiring within a year", count, len(soon))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    LicenceRegistrySync(RegistryCredentials.from_env(), os.environ["DATABASE_URL"]).run()
