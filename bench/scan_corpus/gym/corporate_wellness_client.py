"""Client for the corporate-wellness partner API.

Employers subsidise memberships; nightly we push visit counts per employee
so the partner can bill the employer. The partner endpoint sits behind
our private CA, so the session trusts that bundle.
"""
import logging
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class WellnessPartnerClient:
    def __init__(self, base_url: str, api_key: str, ca_bundle: str):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.verify = ca_bundle
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})
        retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504),
                      allowed_methods=frozenset({"GET", "PUT"}))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    @classmethod
    def from_settings(cls, settings) -> "WellnessPartnerClient":
        return cls(settings.WELLNESS_API_URL, settings.WELLNESS_API_KEY, settings.INTERNAL_CA_BUNDLE)

    def push_visit_counts(self, employer_id: str, period_end: date, counts: dict[str, int]) -> None:
        resp = self.session.put(
            f"{self.base_url}/employers/{employer_id}/visits/{period_end.isoformat()}",
            json={"visits": [{"employee_ref": k, "count": v} for k, v in counts.items()]},
            timeout=30,
        )
        resp.raise_for_status()
        log.info("pushed %d visit counts for employer %s", len(counts), employer_id)
