"""Client for the regional fuel-levy rebate gateway.

Members' boats get a rebate on marine diesel used while fishing eel quota.
The co-operative files rebate claims on members' behalf through the
regional gateway, which authenticates each call with an API token.
"""

import logging
import os
from collections.abc import Mapping

import requests

log = logging.getLogger("levy.gateway")

SENSITIVE_HEADERS = {"authorization", "x-api-token", "cookie"}


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    cleaned = {}
    for name, value in headers.items():
        if name.lower() in SENSITIVE_HEADERS:
            cleaned[name] = "***"
        else:
            cleaned[name] = value
    return cleaned


class LevyGatewayClient:
    def __init__(self, base_url: str | None = None, token: str | None = None):
        self.base_url = (base_url or os.environ["LEVY_GATEWAY_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.headers["X-Api-Token"] = token or os.environ["LEVY_GATEWAY_TOKEN"]

    def file_claim(self, member_no: str, vessel: str, litres: float, period: str) -> str:
        url = f"{self.base_url}/claims"
        body = {"member": member_no, "vessel": vessel, "litres": round(litres, 1), "period": period}
        log.debug("POST %s headers=%s body=%s", url, redact_headers(self.session.headers), body)
        resp = self.session.post(url, json=body, timeout=30)
        if resp.status_code >= 400:
            log.error("claim for %s/%s rejected: %s %s", member_no, period, resp.status_code, resp.text[:200])
            resp.raise_for_status()
        claim_id = resp.json()["claim_id"]
        log.info("filed fuel levy claim %s for member %s", claim_id, member_no)
        return claim_id
