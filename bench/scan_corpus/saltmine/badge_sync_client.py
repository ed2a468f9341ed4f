"""Synchronises contractor badges from the site induction system to the shaft access controllers."""
from __future__ import annotations

import logging
import os
from typing import Dict, Iterable, List

import requests

logger = logging.getLogger("access.badge_sync")


class InductionApi:
    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self.session = requests.Session()

    def request_headers(self) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self._token}",
            "Accept": "application/json",
            "X-Site": "shaft-2",
        }

    def inducted_contractors(self) -> List[Dict[str, str]]:
        headers = self.request_headers()
        url = f"{self.base_url}/v2/inductions?status=current&area=underground"
        logger.debug("GET %s headers=%s", url, headers)
        resp = self.session.get(url, headers=headers, timeout=20)
        resp.raise_for_status()
        return resp.json()["items"]


class AccessControllerPush:
    def __init__(self, controller_url: str) -> None:
        self.controller_url = controller_url

    def upsert(self, badges: Iterable[Dict[str, str]]) -> int:
        body = [{"badge": b["badge_no"], "name": b["name"], "expires": b["induction_expiry"]}
                for b in badges]
        resp = requests.put(f"{self.controller_url}/badges", json=body, timeout=20)
        resp.raise_for_status()
        return len(body)


def run_sync() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "DEBUG"))
    api = InductionApi(os.environ["INDUCTION_API_URL"], os.environ["INDUCTION_API_TOKEN"])
    pushed = AccessControllerPush(os.environ["ACCESS_CONTROLLER_URL"]).upsert(
        api.inducted_contractors()
    )
    logger.info("synchronised %d contractor badges", pushed)


if __name__ == "__main__":
    run_sync()
