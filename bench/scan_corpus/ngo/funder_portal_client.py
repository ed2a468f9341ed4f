"""Client for the funder's grant-management portal.

Used by the nightly job that pushes milestone reports and pulls back the
payment schedule for each active grant.
"""
import logging
from dataclasses import dataclass
from typing import Callable

import requests
import urllib3

log = logging.getLogger(__name__)


@dataclass
class Milestone:
    grant_ref: str
    code: str
    status: str
    narrative: str
    spend_to_date: float


class FunderPortalClient:
    def __init__(self, base_url: str, get_token: Callable[[], str], timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._get_token = get_token
        self._session = requests.Session()
        self._session.headers.update({
            "Accept": "application/json",
            "User-Agent": "grants-sync/2.3",
        })
        # The portal is served from the funder's own CA, which isn't in certifi.
        self._session.verify = False
        urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

    def _request(self, method: str, path: str, **kwargs) -> requests.Response:
        headers = kwargs.pop("headers", {})
        headers["Authorization"] = f"Bearer {self._get_token()}"
        resp = self._session.request(
            method, f"{self.base_url}{path}", headers=headers, timeout=self.timeout, **kwargs
        )
        resp.raise_for_status()
        return resp

    def payment_schedule(self, grant_ref: str) -> list[dict]:
        return self._request("GET", f"/api/v2/grants/{grant_ref}/payments").json()["items"]

    def submit_milestone(self, m: Milestone) -> str:
        body = {
            "milestone": m.code,
            "status": m.status,
            "narrative": m.narrative,
            "spendToDate": round(m.spend_to_date, 2),
        }
        resp = self._request("POST", f"/api/v2/grants/{m.grant_ref}/milestones", json=body)
        submission_id = resp.json()["submissionId"]
        log.info("Submitted milestone %s for %s as %s", m.code, m.grant_ref, submission_id)
        return submission_id
