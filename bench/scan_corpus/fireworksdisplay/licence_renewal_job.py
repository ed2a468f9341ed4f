"""Weekly job: files renewal applications for explosives licences expiring within 90 days."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date, timedelta

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("licence_renewal")

RENEWAL_WINDOW = timedelta(days=90)


@dataclass(frozen=True)
class RegulatorAccount:
    endpoint: str
    username: str
    api_token: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "RegulatorAccount":
        return cls(
            endpoint=os.environ["REGULATOR_API_URL"],
            username=os.environ["REGULATOR_USERNAME"],
            api_token=os.environ["REGULATOR_API_TOKEN"],
        )


class LicenceRenewalJob:
    def __init__(self, account: RegulatorAccount, database_url: str) -> None:
        self.account = account
        self.engine = create_engine(database_url)
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Token {account.api_token}"

    def due_licences(self) -> list[dict]:
        cutoff = date.today() + RENEWAL_WINDOW
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT licence_number, kind, expires_on FROM explosives_licences "
                    "WHERE expires_on <= :cutoff AND renewal_ref IS NULL"
                ),
                {"cutoff": cutoff},
            ).mappings().all()
        return [dict(r) for r in rows]

    def submit(self, licence: dict) -> str:
        resp = self.http.post(
            f"{self.account.endpoint}/renewals",
            json={"licence_number": licence["licence_number"], "kind": licence["kind"]},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["reference"]

    def run(self) -> int:
        log.info("Starting renewal run as %s", self.account)
        submitted = 0
        for licence in self.due_licences():
            try:
                ref = self.submit(licence)
            except requests.HTTPError as exc:
                log.error("renewal for %s failed: HTTP %s", licence["licence_number"], exc.response.status_code)
                continue
            with self.engine.begin() as conn:
                conn.execute(
                    text("UPDATE explosives_licences SET renewal_ref = :ref WHERE licence_number = :n"),
                    {"ref": ref, "n": licence["licence_number"]},
                )
            submitted += 1
        log.info("submitted %d renewal applications", submitted)
        return submitted


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    LicenceRenewalJob(RegulatorAccount.from_env(), os.environ["DATABASE_URL"]).run()
