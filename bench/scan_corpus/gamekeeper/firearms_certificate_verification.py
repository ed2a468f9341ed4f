"""Verification of guest guns' certificates with the licensing authority.

Before a guest is allowed on the line with a rifle (deer days) or shotgun,
the certificate number and holder's details are checked against the
licensing authority's verification service.
"""
import os
from dataclasses import dataclass
from datetime import date

import httpx

VERIFY_URL = os.environ.get(
    "LICENSING_VERIFY_URL", "https://verify.firearms-licensing.example.gov.uk/v1/certificates"
)


@dataclass
class CertificateCheck:
    number: str
    holder_surname: str
    date_of_birth: date


@dataclass
class CertificateResult:
    valid: bool
    kind: str
    expires: date | None
    conditions: list


class LicensingVerifier:
    def __init__(self):
        self._client = httpx.AsyncClient(
            timeout=10.0,
            headers={"Authorization": f"Bearer {os.environ['LICENSING_API_TOKEN']}"},
        )

    async def verify(self, check: CertificateCheck) -> CertificateResult:
        response = await self._client.post(
            f"{VERIFY_URL}/verify",
            json={
                "certificate_number": check.number,
                "surname": check.holder_surname,
                "date_of_birth": check.date_of_birth.isoformat(),
            },
        )
        response.raise_for_status()
        data = response.json()
        expires = data.get("expires")
        return CertificateResult(
            valid=data["status"] == "valid",
            kind=data.get("type", "unknown"),
            expires=date.fromisoformat(expires) if expires else None,
            conditions=data.get("conditions", []),
        )

    async def aclose(self) -> None:
        await self._client.aclose()
