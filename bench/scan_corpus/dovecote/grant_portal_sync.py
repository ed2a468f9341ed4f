"""Push quarterly grant progress reports to the funder's reporting API.

Progress figures (visitor numbers, volunteer hours, restoration
milestones) are assembled from the estate systems and submitted against
each live grant.
"""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from typing import Dict, List

import httpx

log = logging.getLogger("grants.sync")

PORTAL_URL = os.environ.get("GRANT_PORTAL_URL", "https://reporting.heritagegrants.org.uk/api/v2")


@dataclass
class QuarterReport:
    grant_reference: str
    quarter: str
    visitors: int
    volunteer_hours: float
    milestones_met: List[str]
    spend_pence: int


class GrantPortalClient:
    def __init__(self, token: str | None = None, base_url: str = PORTAL_URL) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token or os.environ["GRANT_PORTAL_TOKEN"]

    def _headers(self) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self.token}",
            "Accept": "application/json",
            "User-Agent": "dovecote-estate-grants/1.4",
        }

    def submit(self, report: QuarterReport) -> str:
        url = f"{self.base_url}/grants/{report.grant_reference}/reports"
        headers = self._headers()
        with httpx.Client(timeout=30) as client:
            resp = client.post(url, json=asdict(report), headers=headers)
        if resp.status_code >= 400:
            log.error(
                "Report submission failed: %s %s headers=%s body=%s",
                resp.status_code, url, headers, resp.text[:500],
            )
            resp.raise_for_status()
        receipt = resp.json()["receipt_id"]
        log.info("Submitted %s %s, receipt %s", report.grant_reference, report.quarter, receipt)
        return receipt


def sync_all(reports: List[QuarterReport]) -> Dict[str, str]:
    client = GrantPortalClient()
    receipts: Dict[str, str] = {}
    for report in reports:
        try:
            receipts[report.grant_reference] = client.submit(report)
        except httpx.HTTPStatusError:
            continue
    return receipts
