"""Client for the Motability scheme eligibility and allowance API."""
import logging
from dataclasses import dataclass

import requests

from wheelchairhire.config import settings

log = logging.getLogger("wheelchairhire.motability")


@dataclass
class EligibilityResult:
    reference: str
    eligible: bool
    allowance_weeks: int


class MotabilityClient:
    def __init__(
        self,
        base_url: str = settings.MOTABILITY_API_URL,
        api_key: str = settings.MOTABILITY_API_KEY,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {api_key}", "Accept": "application/json"}
        )

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("POST %s headers=%s", url, dict(self.session.headers))
        resp = self.session.post(url, json=payload, timeout=20)
        resp.raise_for_status()
        return resp.json()

    def check_eligibility(self, customer_ref: str, dob: str, postcode: str) -> EligibilityResult:
        data = self._post(
            "/eligibility/checks",
            {"customerReference": customer_ref, "dateOfBirth": dob, "postcode": postcode},
        )
        return EligibilityResult(
            reference=data["checkId"],
            eligible=data["status"] == "ELIGIBLE",
            allowance_weeks=int(data.get("allowanceWeeks", 0)),
        )

    def claim_hire(self, check_ref: str, hire_id: int, weeks: int) -> str:
        data = self._post(
            "/claims",
            {"checkId": check_ref, "supplierHireId": str(hire_id), "weeks": weeks},
        )
        log.info("Motability claim %s raised for hire %s", data["claimId"], hire_id)
        return data["claimId"]
