"""Settings and client for pushing returned-ashes notifications to partner clinic systems."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("partner_notify")


@dataclass(frozen=True)
class PartnerEndpoint:
    clinic_code: str
    url: str
    api_key: str = field(repr=False)
    timeout_s: float = 10.0

    @classmethod
    def from_env(cls, clinic_code: str) -> "PartnerEndpoint":
        prefix = f"PARTNER_{clinic_code.upper()}_"
        return cls(
            clinic_code=clinic_code,
            url=os.environ[prefix + "URL"],
            api_key=os.environ[prefix + "API_KEY"],
        )


class ReturnNotifier:
    def __init__(self, endpoint: PartnerEndpoint):
        self.endpoint = endpoint
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {endpoint.api_key}"

    def ashes_returned(self, case_reference: str, returned_to: str) -> None:
        log.debug("notifying partner %s", self.endpoint)
        resp = self.session.post(
            self.endpoint.url,
            json={"event": "ashes.returned", "case": case_reference, "returned_to": returned_to},
            timeout=self.endpoint.timeout_s,
        )
        if resp.status_code >= 400:
            log.warning(
                "partner %s rejected notification for %s: HTTP %s",
                self.endpoint.clinic_code,
                case_reference,
                resp.status_code,
            )
        resp.raise_for_status()


def notify_all(clinic_codes: list[str], case_reference: str, returned_to: str) -> None:
    for code in clinic_codes:
        endpoint = PartnerEndpoint.from_env(code)
        log.info("using partner endpoint %s", endpoint)
        ReturnNotifier(endpoint).ashes_returned(case_reference, returned_to)
