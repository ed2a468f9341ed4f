"""OAuth2 client for the hospital EHR's FHIR API.

The fertility clinic pulls referral letters and hormone panels from the
partner hospital's EHR. Access tokens are short-lived and refreshed with a
refresh token kept in the clinic's secrets store.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import requests


class TokenRefreshError(RuntimeError):
    pass


@dataclass
class TokenState:
    access_token: str = ""
    refresh_token: str = ""
    expires_at: float = 0.0

    def expired(self, skew: float = 30.0) -> bool:
        return time.time() >= self.expires_at - skew


@dataclass
class EhrOAuthClient:
    token_url: str
    fhir_base: str
    client_id: str
    client_secret: str
    state: TokenState = field(default_factory=TokenState)
    session: requests.Session = field(default_factory=requests.Session)

    def _refresh(self) -> None:
        refresh_token = self.state.refresh_token
        response = self.session.post(
            self.token_url,
            data={"grant_type": "refresh_token", "refresh_token": refresh_token},
            auth=(self.client_id, self.client_secret),
            timeout=10,
        )
        if response.status_code != 200:
            raise TokenRefreshError(
                f"EHR token refresh failed ({response.status_code}) for refresh token {refresh_token}"
            )
        body = response.json()
        self.state.access_token = body["access_token"]
        self.state.refresh_token = body.get("refresh_token", refresh_token)
        self.state.expires_at = time.time() + int(body.get("expires_in", 300))

    def _headers(self) -> dict[str, str]:
        if self.state.expired():
            self._refresh()
        return {
            "Authorization": f"Bearer {self.state.access_token}",
            "Accept": "application/fhir+json",
        }

    def hormone_panel(self, patient_fhir_id: str) -> list[dict]:
        response = self.session.get(
            f"{self.fhir_base}/Observation",
            params={"subject": f"Patient/{patient_fhir_id}", "category": "laboratory",
                    "code": "LP14633-9,LP15425-0,LP16057-0", "_sort": "-date"},
            headers=self._headers(),
            timeout=20,
        )
        response.raise_for_status()
        return [entry["resource"] for entry in response.json().get("entry", [])]

    def referral_letters(self, patient_fhir_id: str) -> list[dict]:
        response = self.session.get(
            f"{self.fhir_base}/DocumentReference",
            params={"subject": f"Patient/{patient_fhir_id}", "type": "57133-1"},
            headers=self._headers(),
            timeout=20,
        )
        response.raise_for_status()
        return [entry["resource"] for entry in response.json().get("entry", [])]
