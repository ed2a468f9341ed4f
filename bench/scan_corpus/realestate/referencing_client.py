"""Client for the tenant referencing provider's REST API.

Used by the lettings team to start credit, employer and previous-landlord
checks once a holding deposit has been taken.
"""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field

import requests
from requests.adapters import HTTPAdapter

DEFAULT_OPTIONS = {
    "timeout": 20,
    "verify": False,
    "retries": 3,
}


@dataclass
class ReferenceRequest:
    applicant_id: str
    first_name: str
    last_name: str
    email: str
    date_of_birth: str
    monthly_rent: int
    checks: list[str] = field(default_factory=lambda: ["credit", "employer", "landlord"])


class ReferencingError(RuntimeError):
    pass


class ReferencingClient:
    def __init__(self, base_url: str, api_key: str | None = None, **options):
        self.base_url = base_url.rstrip("/")
        self.options = {**DEFAULT_OPTIONS, **options}
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key or os.environ['REFERENCING_API_KEY']}"
        self.session.verify = self.options["verify"]
        self.session.mount("https://", HTTPAdapter(max_retries=self.options["retries"]))

    def _post(self, path: str, payload: dict) -> dict:
        resp = self.session.post(f"{self.base_url}{path}", json=payload, timeout=self.options["timeout"])
        if resp.status_code >= 400:
            raise ReferencingError(f"{path} failed with HTTP {resp.status_code}")
        return resp.json()

    def start_check(self, req: ReferenceRequest) -> str:
        return self._post("/v2/references", asdict(req))["reference_id"]

    def status(self, reference_id: str) -> dict:
        resp = self.session.get(
            f"{self.base_url}/v2/references/{reference_id}", timeout=self.options["timeout"]
        )
        resp.raise_for_status()
        return resp.json()
