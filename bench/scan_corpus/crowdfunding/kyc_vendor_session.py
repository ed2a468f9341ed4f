"""Identity verification vendor integration used for creator KYC.

Handles the OAuth client-credentials token, applicant creation and document
uploads. Tokens are cached in-process until shortly before they expire.
"""

import logging
import os
import threading
import time

import requests

logger = logging.getLogger(__name__)

TOKEN_SKEW_SECONDS = 60


class KycVendorSession:
    def __init__(self, base_url: str, client_id: str, client_secret: str):
        self._base_url = base_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self._http = requests.Session()
        self._lock = threading.Lock()
        self._token: dict | None = None
        self._expires_at = 0.0

    @classmethod
    def from_env(cls) -> "KycVendorSession":
        return cls(
            os.environ["KYC_VENDOR_URL"],
            os.environ["KYC_VENDOR_CLIENT_ID"],
            os.environ["KYC_VENDOR_CLIENT_SECRET"],
        )

    def _refresh(self) -> None:
        resp = self._http.post(
            f"{self._base_url}/oauth/token",
            data={"grant_type": "client_credentials", "scope": "applicants documents"},
            auth=(self._client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        token = resp.json()
        self._token = token
        self._expires_at = time.monotonic() + token["expires_in"] - TOKEN_SKEW_SECONDS
        logger.info("kyc vendor token refreshed: %s", token)

    def _auth_header(self) -> dict:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._refresh()
            return {"Authorization": f"Bearer {self._token['access_token']}"}

    def create_applicant(self, creator_id: int, first_name: str, last_name: str, country: str) -> str:
        resp = self._http.post(
            f"{self._base_url}/v3/applicants",
            json={
                "external_ref": f"creator-{creator_id}",
                "first_name": first_name,
                "last_name": last_name,
                "country": country,
            },
            headers=self._auth_header(),
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["id"]

    def upload_document(self, applicant_id: str, doc_type: str, filename: str, content: bytes) -> str:
        resp = self._http.post(
            f"{self._base_url}/v3/documents",
            data={"applicant_id": applicant_id, "type": doc_type},
            files={"file": (filename, content)},
            headers=self._auth_header(),
            timeout=60,
        )
        resp.raise_for_status()
        return resp.json()["id"]
