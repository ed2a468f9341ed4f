"""Client for the disclosure partner's status API."""

from __future__ import annotations

import os

import requests


class DbsStatusClient:
    def __init__(self, base_url: str | None = None, token: str | None = None, timeout: float = 20.0):
        self.base_url = (base_url or os.environ["DBS_API_BASE_URL"]).rstrip("/")
        self.timeout = timeout
        self._http = requests.Session()
        self._http.headers.update(
            {
                "Authorization": f"Bearer {token or os.environ['DBS_API_TOKEN']}",
                "Accept": "application/json",
            }
        )

    def check(self, certificate_number: str, surname: str, date_of_birth: str) -> dict:
        resp = self._http.post(
            f"{self.base_url}/update-service/checks",
            json={"certificate": certificate_number, "surname": surname, "dob": date_of_birth},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        data = resp.json()
        return {"status": data["status"], "checked_at": data["checked_at"]}

    def close(self) -> None:
        self._http.close()
