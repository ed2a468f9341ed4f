"""Client for the marine insurers' shared claims API.

Submits repair estimates for insured hulls and fetches claim decisions.
"""
import logging
from dataclasses import dataclass

import httpx

from shipwright.config import settings

logger = logging.getLogger("shipwright.insurers")


@dataclass
class RepairEstimate:
    policy_number: str
    vessel_name: str
    work_order: str
    labour_hours: float
    materials_pence: int
    description: str


class InsurerClaimsClient:
    def __init__(self, base_url: str, access_token: str, timeout: float = 20.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.headers = {
            "Authorization": f"Bearer {access_token}",
            "Accept": "application/json",
            "User-Agent": f"shipwright-yard/{settings.app_version}",
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        logger.debug("POST %s headers=%s", url, self.headers)
        response = httpx.post(url, json=payload, headers=self.headers, timeout=self.timeout)
        response.raise_for_status()
        return response.json()

    def submit_estimate(self, estimate: RepairEstimate) -> str:
        body = {
            "policy": estimate.policy_number,
            "vessel": estimate.vessel_name,
            "yard_reference": estimate.work_order,
            "labour_hours": estimate.labour_hours,
            "materials": estimate.materials_pence / 100,
            "narrative": estimate.description,
        }
        result = self._post("/v2/claims/estimates", body)
        logger.info("Estimate %s submitted as claim %s", estimate.work_order, result["claim_id"])
        return result["claim_id"]

    def claim_status(self, claim_id: str) -> str:
        response = httpx.get(
            f"{self.base_url}/v2/claims/{claim_id}", headers=self.headers, timeout=self.timeout
        )
        response.raise_for_status()
        return response.json()["status"]
