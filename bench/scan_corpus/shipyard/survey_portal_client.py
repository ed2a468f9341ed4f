"""Client for the yard's internal survey-preparation service.

The service runs on the yard's private PKI, so the session trusts the
yard root CA bundle instead of the public store. The bundle location comes
from deployment config.
"""
from __future__ import annotations

import os
from typing import Any

import requests

DEFAULTS: dict[str, Any] = {
    "timeout": 15,
    "ca_bundle": os.environ.get("YARD_CA_BUNDLE", "/etc/yard/pki/yard-root-ca.pem"),
}


class SurveyPrepClient:
    def __init__(self, base_url: str, token: str, **overrides: Any):
        self.options = {**DEFAULTS, **overrides}
        self.base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.verify = self.options["ca_bundle"]
        self._session.headers["Authorization"] = f"Bearer {token}"

    def _get(self, path: str, **params) -> Any:
        resp = self._session.get(f"{self.base_url}{path}", params=params, timeout=self.options["timeout"])
        resp.raise_for_status()
        return resp.json()

    def checklist(self, hull_no: str, survey_type: str) -> list[dict]:
        """Open items the planning office must close before the surveyor attends."""
        return self._get(f"/hulls/{hull_no}/surveys/{survey_type}/checklist")["items"]

    def thickness_points(self, hull_no: str, strake: str) -> list[dict]:
        return self._get(f"/hulls/{hull_no}/gauging", strake=strake)["points"]

    def close_item(self, hull_no: str, item_id: str, evidence_url: str) -> None:
        resp = self._session.post(
            f"{self.base_url}/hulls/{hull_no}/checklist/{item_id}/close",
            json={"evidence": evidence_url},
            timeout=self.options["timeout"],
        )
        resp.raise_for_status()
