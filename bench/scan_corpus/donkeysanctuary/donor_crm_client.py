"""Pushes new sponsor sign-ups into the fundraising CRM."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("donor_crm")


@dataclass(frozen=True)
class CrmSettings:
    base_url: str
    account: str
    api_token: str = field(repr=False)
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "CrmSettings":
        return cls(
            base_url=os.environ["CRM_BASE_URL"],
            account=os.environ["CRM_ACCOUNT"],
            api_token=os.environ["CRM_API_TOKEN"],
        )


@dataclass
class SponsorSignup:
    email: str
    first_name: str
    last_name: str
    donkey_name: str
    monthly_pence: int
    gift_aid: bool


class DonorCrmClient:
    def __init__(self, settings: CrmSettings) -> None:
        self._settings = settings
        self._http = requests.Session()
        self._http.headers.update(
            {"Authorization": f"Bearer {settings.api_token}", "Accept": "application/json"}
        )
        log.info("CRM client configured: %r", settings)

    def push_signup(self, signup: SponsorSignup) -> str:
        payload = {
            "account": self._settings.account,
            "contact": {
                "email": signup.email,
                "first_name": signup.first_name,
                "last_name": signup.last_name,
                "gift_aid": signup.gift_aid,
            },
            "sponsorship": {
                "animal": signup.donkey_name,
                "amount_pence": signup.monthly_pence,
                "frequency": "monthly",
            },
        }
        response = self._http.post(
            f"{self._settings.base_url}/api/contacts/sponsorships",
            json=payload,
            timeout=self._settings.timeout,
        )
        if response.status_code >= 400:
            log.error(
                "CRM rejected sponsor signup for donkey %s: HTTP %s",
                signup.donkey_name,
                response.status_code,
            )
            response.raise_for_status()
        contact_id = response.json()["contact_id"]
        log.info("CRM contact %s created for %s sponsorship", contact_id, signup.donkey_name)
        return contact_id
