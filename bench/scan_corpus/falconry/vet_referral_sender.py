"""Sends rescue casualty referrals to the partner exotic-animal hospital.

The hospital runs its API behind a certificate issued by its own private CA,
which we pin by shipping their CA bundle with our deployment.
"""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from datetime import date

import requests

log = logging.getLogger("rescue.referrals")


@dataclass(frozen=True)
class HospitalSettings:
    base_url: str
    api_token: str
    ca_bundle: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "HospitalSettings":
        return cls(
            base_url=os.environ["HOSPITAL_API_URL"],
            api_token=os.environ["HOSPITAL_API_TOKEN"],
            ca_bundle=os.environ.get("HOSPITAL_CA_BUNDLE",
                                     "/etc/falconry/certs/hospital-ca.pem"),
        )


@dataclass
class CasualtyReferral:
    intake_id: int
    species: str
    found_on: date
    weight_g: int
    condition: str
    suspected_cause: str

    def to_json(self) -> dict:
        data = asdict(self)
        data["found_on"] = self.found_on.isoformat()
        return data


def send_referral(settings: HospitalSettings, referral: CasualtyReferral) -> str:
    resp = requests.post(
        f"{settings.base_url}/referrals",
        json=referral.to_json(),
        headers={"Authorization": f"Bearer {settings.api_token}"},
        timeout=settings.timeout,
        verify=settings.ca_bundle,
    )
    resp.raise_for_status()
    reference = resp.json()["reference"]
    log.info("referral for intake %s accepted as %s", referral.intake_id, reference)
    return reference


def send_pending(settings: HospitalSettings, referrals: list[CasualtyReferral]) -> int:
    sent = 0
    for referral in referrals:
        try:
            send_referral(settings, referral)
            sent += 1
        except requests.RequestException as exc:
            log.warning("referral for intake %s failed: %s", referral.intake_id, exc)
    return sent
