"""Client for the league federation's registration API.

Each week the club pushes new player registrations and pulls the
federation's eligibility decisions back into the club database.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List

import requests

log = logging.getLogger("federation.sync")


@dataclass(frozen=True)
class FederationConfig:
    base_url: str
    club_code: str
    api_token: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "FederationConfig":
        return cls(
            base_url=os.environ["FEDERATION_API_URL"].rstrip("/"),
            club_code=os.environ["FEDERATION_CLUB_CODE"],
            api_token=os.environ["FEDERATION_API_TOKEN"],
        )


class FederationClient:
    def __init__(self, config: FederationConfig) -> None:
        self._config = config
        self._http = requests.Session()

    def _headers(self) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self._config.api_token}",
            "Accept": "application/json",
            "X-Club-Code": self._config.club_code,
        }

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        url = f"{self._config.base_url}{path}"
        headers = self._headers()
        log.debug("%s %s headers=%s", method, url, headers)
        resp = self._http.request(method, url, headers=headers,
                                  timeout=self._config.timeout, **kwargs)
        resp.raise_for_status()
        return resp.json() if resp.content else None

    def push_registrations(self, players: Iterable[Dict[str, Any]]) -> int:
        batch = [
            {"club_ref": p["id"], "first_name": p["first_name"], "last_name": p["last_name"],
             "date_of_birth": p["dob"].isoformat(), "grade": p["grade"]}
            for p in players
        ]
        if not batch:
            return 0
        result = self._request("POST", "/v2/registrations", json={"players": batch})
        log.info("federation accepted %d of %d registrations", result["accepted"], len(batch))
        return result["accepted"]

    def eligibility_updates(self, since: str) -> List[Dict[str, Any]]:
        data = self._request("GET", "/v2/eligibility", params={"since": since})
        return data.get("decisions", [])
