"""Client for the partner tannery's hide ordering API.

Purchasing places call-off orders against the annual hide contract (cowhide
split, goatskin, deerskin) and polls for confirmation of lot allocation.
"""
import logging
import os
from dataclasses import dataclass
from typing import Optional

import requests

log = logging.getLogger("purchasing.tannery")


@dataclass
class TanneryConfig:
    base_url: str
    api_token: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "TanneryConfig":
        return cls(
            base_url=os.environ.get("TANNERY_API_URL", "https://api.northfield-tannery.co.uk/v2"),
            api_token=os.environ["TANNERY_API_TOKEN"],
        )


class TanneryClient:
    def __init__(self, config: TanneryConfig):
        self.config = config
        self.session = requests.Session()

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.config.api_token}",
            "Accept": "application/json",
            "User-Agent": "glovemaker-purchasing/3.4",
        }

    def _request(self, method: str, path: str, json: Optional[dict] = None) -> dict:
        url = f"{self.config.base_url}{path}"
        headers = self._headers()
        log.debug("tannery request %s %s headers=%s", method, url, headers)
        resp = self.session.request(method, url, json=json, headers=headers, timeout=self.config.timeout)
        log.debug("tannery response %s %s -> %s", method, url, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def place_call_off(self, contract_no: str, species: str, grade: str, sqft: int) -> str:
        body = {"contract": contract_no, "species": species, "grade": grade, "area_sqft": sqft}
        data = self._request("POST", "/call-offs", json=body)
        log.info("call-off %s placed for %d sqft %s grade %s", data["id"], sqft, species, grade)
        return data["id"]

    def allocation(self, call_off_id: str) -> dict:
        return self._request("GET", f"/call-offs/{call_off_id}/allocation")
