"""Upload benthic grab sample results to the marine licensing portal."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

import requests


@dataclass(frozen=True)
class PortalCredentials:
    base_url: str
    client_token: str

    @classmethod
    def from_environment(cls) -> "PortalCredentials":
        return cls(
            base_url=os.environ["LICENSING_PORTAL_URL"].rstrip("/"),
            client_token=os.environ["LICENSING_PORTAL_TOKEN"],
        )


class LicensingPortal:
    """Authenticated client for the licence condition monitoring returns."""

    def __init__(self, creds: PortalCredentials) -> None:
        self._base = creds.base_url
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {creds.client_token}"
        self._session.verify = os.environ.get("REQUESTS_CA_BUNDLE", True)

    def submit_return(self, licence_ref: str, rows: list[dict[str, str]]) -> str:
        resp = self._session.post(
            f"{self._base}/licences/{licence_ref}/returns",
            json={"type": "benthic_grab", "rows": rows},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["return_id"]


def read_samples(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as fh:
        return [
            {k: v.strip() for k, v in row.items()}
            for row in csv.DictReader(fh)
            if row.get("station_id")
        ]


def upload(licence_ref: str, csv_path: str) -> str:
    portal = LicensingPortal(PortalCredentials.from_environment())
    return portal.submit_return(licence_ref, read_samples(Path(csv_path)))
