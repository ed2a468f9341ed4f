"""Client for agency FOIA portals running the hosted records-request system.

We file requests on behalf of users and poll the agency portal for status
changes. Each agency account's credentials live in Secrets Manager.
"""
import json
import logging
from dataclasses import dataclass

import boto3
import requests

log = logging.getLogger(__name__)


@dataclass
class PortalStatus:
    reference: str
    status: str
    due_date: str | None


class AgencyPortalClient:
    def __init__(self, agency_slug: str, base_url: str):
        self.agency_slug = agency_slug
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "foia-tracker/4.1 (+records desk)"

    def _credentials(self) -> dict:
        sm = boto3.client("secretsmanager")
        secret_id = f"foia/portals/{self.agency_slug}"
        return json.loads(sm.get_secret_value(SecretId=secret_id)["SecretString"])

    def login(self) -> None:
        creds = self._credentials()
        payload = {"username": creds["username"], "password": creds["password"], "remember": "0"}
        log.debug("portal login for %s: %s", self.agency_slug, payload)
        resp = self.session.post(f"{self.base_url}/account/login", data=payload, timeout=30)
        resp.raise_for_status()
        if "session" not in self.session.cookies:
            raise RuntimeError(f"login to {self.agency_slug} portal did not return a session")

    def request_status(self, reference: str) -> PortalStatus:
        resp = self.session.get(
            f"{self.base_url}/requests/{reference}", headers={"Accept": "application/json"}, timeout=30
        )
        if resp.status_code == 401:
            self.login()
            return self.request_status(reference)
        resp.raise_for_status()
        data = resp.json()
        return PortalStatus(reference=reference, status=data["status"], due_date=data.get("dueDate"))

    def poll(self, references: list[str]) -> list[PortalStatus]:
        self.login()
        statuses = [self.request_status(ref) for ref in references]
        log.info("%s: polled %d requests", self.agency_slug, len(statuses))
        return statuses
