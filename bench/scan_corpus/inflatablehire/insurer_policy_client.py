"""Client for the insurer's broker API: policy lookup and certificate of insurance."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import requests


@dataclass(frozen=True)
class InsurerSettings:
    base_url: str
    api_key: str
    timeout: float = 15.0
    verify_tls: bool = False

    @classmethod
    def from_env(cls) -> "InsurerSettings":
        return cls(
            base_url=os.environ["INSURER_API_URL"].rstrip("/"),
            api_key=os.environ["INSURER_API_KEY"],
        )


class InsurerPolicyClient:
    def __init__(self, settings: InsurerSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {settings.api_key}"
        self._session.headers["Accept"] = "application/json"
        self._session.verify = settings.verify_tls

    def _get(self, path: str, **params) -> dict:
        resp = self._session.get(
            f"{self._settings.base_url}{path}", params=params, timeout=self._settings.timeout
        )
        resp.raise_for_status()
        return resp.json()

    def policy(self, policy_number: str) -> dict:
        return self._get(f"/policies/{policy_number}")

    def is_covered(self, policy_number: str, hire_date: date, inflatable_type: str) -> bool:
        data = self.policy(policy_number)
        if data.get("status") != "active":
            return False
        start = date.fromisoformat(data["start_date"])
        end = date.fromisoformat(data["end_date"])
        return start <= hire_date <= end and inflatable_type in data.get("covered_equipment", [])

    def download_certificate(self, policy_number: str, dest: str) -> str:
        resp = self._session.get(
            f"{self._settings.base_url}/policies/{policy_number}/certificate.pdf",
            timeout=self._settings.timeout,
            stream=True,
        )
        resp.raise_for_status()
        with open(dest, "wb") as fh:
            for chunk in resp.iter_content(chunk_size=65536):
                fh.write(chunk)
        return dest


if __name__ == "__main__":
    client = InsurerPolicyClient(InsurerSettings.from_env())
    print(client.is_covered(os.environ["POLICY_NUMBER"], date.today(), "bouncy_castle"))
