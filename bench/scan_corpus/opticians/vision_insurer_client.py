"""Client for the VisionBenefits eligibility and claims API.

Used at the till to check whether a patient's employer plan covers an eye
test or a pair of VDU glasses, and to submit the claim after dispensing.
"""
import os
from dataclasses import dataclass

import requests


@dataclass
class Eligibility:
    member_number: str
    eye_test_covered: bool
    glasses_allowance_pence: int


class VisionBenefitsClient:
    def __init__(
        self,
        base_url: str | None = None,
        api_key: str = "vbk_live_7Qm2xT9cR4pLs8WnE3hJ6yKd1ZaVf5Gu",
        timeout: float = 10.0,
    ):
        self.base_url = (base_url or os.environ["VISIONBENEFITS_BASE_URL"]).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {api_key}",
            "Accept": "application/json",
        })

    def check_eligibility(self, member_number: str, date_of_birth: str) -> Eligibility:
        resp = self.session.get(
            f"{self.base_url}/v2/members/{member_number}/eligibility",
            params={"dob": date_of_birth, "benefit": "optical"},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        data = resp.json()
        return Eligibility(
            member_number=member_number,
            eye_test_covered=data["benefits"]["eye_test"]["covered"],
            glasses_allowance_pence=data["benefits"]["glasses"]["remaining_pence"],
        )

    def submit_claim(self, member_number: str, items: list[dict], store_code: str) -> str:
        resp = self.session.post(
            f"{self.base_url}/v2/claims",
            json={"member": member_number, "items": items, "provider_site": store_code},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["claim_reference"]
