"""Client for uploading session results to the national federation.

Results are sent as the federation's XML results format; the club
authenticates with an API token issued by the federation office.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import requests

log = logging.getLogger("bridgeclub.federation")


@dataclass(frozen=True)
class FederationConfig:
    base_url: str
    club_code: str
    api_token: str
    timeout: float = 30.0

    @classmethod
    def from_env(cls) -> "FederationConfig":
        return cls(
            base_url=os.environ["FEDERATION_API_URL"].rstrip("/"),
            club_code=os.environ["FEDERATION_CLUB_CODE"],
            api_token=os.environ["FEDERATION_API_TOKEN"],
        )


class FederationUploadError(RuntimeError):
    pass


class FederationResultsClient:
    def __init__(self, config: FederationConfig, session: Optional[requests.Session] = None):
        self.config = config
        self._http = session or requests.Session()
        self._http.headers.update(
            {
                "Authorization": f"Bearer {config.api_token}",
                "User-Agent": "bridgeclub-scoring/2.4",
            }
        )

    def upload_session(self, event_code: str, results_xml: Path) -> str:
        url = f"{self.config.base_url}/clubs/{self.config.club_code}/results"
        with results_xml.open("rb") as fh:
            resp = self._http.post(
                url,
                params={"event": event_code},
                files={"results": (results_xml.name, fh, "application/xml")},
                timeout=self.config.timeout,
            )
        if resp.status_code == 401:
            raise FederationUploadError(
                f"federation rejected token {self.config.api_token!r} for club {self.config.club_code}"
            )
        if not resp.ok:
            raise FederationUploadError(
                f"upload of {event_code} failed: HTTP {resp.status_code} {resp.text[:200]}"
            )
        upload_id = resp.json()["upload_id"]
        log.info("uploaded %s as federation upload %s", event_code, upload_id)
        return upload_id

    def upload_status(self, upload_id: str) -> dict:
        resp = self._http.get(
            f"{self.config.base_url}/uploads/{upload_id}", timeout=self.config.timeout
        )
        resp.raise_for_status()
        return resp.json()


def main(event_code: str, results_file: str) -> None:
    client = FederationResultsClient(FederationConfig.from_env())
    try:
        upload_id = client.upload_session(event_code, Path(results_file))
    except FederationUploadError as exc:
        log.error("results upload failed: %s", exc)
        raise SystemExit(1)
    print(upload_id)
