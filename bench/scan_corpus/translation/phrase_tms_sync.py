"""Nightly sync of job status from the cloud TMS into our project database."""
import logging
import os
from datetime import datetime, timezone

import requests

from projects.db import update_job_status

log = logging.getLogger("tms_sync")


class TMSConnector:
    def __init__(self, base_url: str, username: str, password: str, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.username = username
        self._password = password
        self._timeout = timeout
        self._session = requests.Session()
        self._token: str | None = None
        self._expires: datetime | None = None

    def _authenticate(self) -> None:
        resp = self._session.post(
            f"{self.base_url}/api2/v1/auth/login",
            json={"userName": self.username, "password": self._password},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        data = resp.json()
        self._token = data["token"]
        self._expires = datetime.fromisoformat(data["expires"].replace("Z", "+00:00"))
        log.debug("TMS login ok for %s (token %s, expires %s)", self.username, self._token, self._expires)
        self._session.headers["Authorization"] = f"ApiToken {self._token}"

    def _ensure_token(self) -> None:
        if self._token is None or self._expires <= datetime.now(timezone.utc):
            self._authenticate()

    def jobs(self, project_uid: str) -> list[dict]:
        self._ensure_token()
        resp = self._session.get(
            f"{self.base_url}/api2/v2/projects/{project_uid}/jobs",
            params={"pageSize": 50},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return resp.json().get("content", [])


def run(project_uids: list[str]) -> None:
    connector = TMSConnector(
        base_url=os.environ["TMS_BASE_URL"],
        username=os.environ["TMS_USERNAME"],
        password=os.environ["TMS_PASSWORD"],
    )
    for uid in project_uids:
        for job in connector.jobs(uid):
            update_job_status(job["uid"], job["status"], job.get("targetLang"))
        log.info("synced project %s", uid)
