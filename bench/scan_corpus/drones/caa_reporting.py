"""Client for the aviation authority's operator reporting API.

Monthly flight-hour summaries and occurrence reports are submitted here. The
API key is issued to our operator registration and lives in the secrets store,
which the deployment exposes as ``CAA_API_KEY``.
"""
import os
from datetime import date
from urllib.parse import urlsplit

import requests


class CAAReportingClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, operator_id: str | None = None):
        self.base_url = (base_url or os.environ["CAA_API_BASE_URL"]).rstrip("/")
        if urlsplit(self.base_url).scheme != "https":
            raise ValueError("CAA API base URL must be https")
        self.operator_id = operator_id or os.environ["CAA_OPERATOR_ID"]
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"ApiKey {api_key or os.environ['CAA_API_KEY']}",
                "Accept": "application/json",
            }
        )

    def submit_monthly_summary(self, month: date, flights: int, flight_hours: float, incidents: int) -> str:
        body = {
            "operatorId": self.operator_id,
            "period": month.strftime("%Y-%m"),
            "flights": flights,
            "flightHours": round(flight_hours, 1),
            "occurrences": incidents,
        }
        resp = self.session.post(f"{self.base_url}/v2/operators/{self.operator_id}/summaries", json=body, timeout=30)
        resp.raise_for_status()
        return resp.json()["submissionId"]

    def submission_status(self, submission_id: str) -> str:
        resp = self.session.get(f"{self.base_url}/v2/submissions/{submission_id}", timeout=15)
        resp.raise_for_status()
        return resp.json()["status"]
