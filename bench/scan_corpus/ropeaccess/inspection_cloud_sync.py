"""Syncs LOLER examination records to the client's compliance platform.

Some framework clients require each thorough examination of rope-access kit
used on their sites to be pushed to their compliance platform, which sits
behind their private PKI.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("inspections.sync")


@dataclass
class SyncSettings:
    base_url: str = field(default_factory=lambda: os.environ["COMPLIANCE_API_URL"])
    token: str = field(default_factory=lambda: os.environ["COMPLIANCE_API_TOKEN"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get(
            "COMPLIANCE_CA_BUNDLE", "/etc/ropeaccess/pki/client-root-ca.pem"
        )
    )


class ComplianceSync:
    def __init__(self, settings: SyncSettings | None = None) -> None:
        self.settings = settings or SyncSettings()
        self.session = requests.Session()
        self.session.verify = self.settings.ca_bundle
        self.session.headers["Authorization"] = f"Bearer {self.settings.token}"
        retry = Retry(total=4, backoff_factor=1.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def push_examination(self, record: dict) -> str:
        resp = self.session.post(
            f"{self.settings.base_url}/api/v1/examinations",
            json={
                "equipment_serial": record["kit_serial"],
                "equipment_type": record["kit_type"],
                "examined_on": record["inspected_on"].isoformat(),
                "competent_person": record["inspector"],
                "outcome": record["result"],
                "defects": record.get("notes", ""),
            },
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()["id"]

    def push_all(self, records: list[dict]) -> int:
        pushed = 0
        for record in records:
            remote_id = self.push_examination(record)
            log.info("kit %s synced as %s", record["kit_serial"], remote_id)
            pushed += 1
        return pushed
