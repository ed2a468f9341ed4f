"""REST client for the hospital LIMS result feed.

The LIMS sits behind the trust's internal PKI, so requests are verified
against the trust root CA bundle instead of the public store.
"""
import logging
from dataclasses import dataclass
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LimsSettings:
    base_url: str
    ca_bundle: str
    client_cert: str
    client_key: str


class LimsClient:
    def __init__(self, settings: LimsSettings):
        self.base_url = settings.base_url.rstrip("/")
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.cert = (settings.client_cert, settings.client_key)
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def crossmatch_results(self, hospital_code: str, day: date) -> list[dict]:
        resp = self.session.get(
            f"{self.base_url}/api/crossmatch",
            params={"hospital": hospital_code, "date": day.isoformat()},
            timeout=20,
        )
        resp.raise_for_status()
        results = resp.json()["results"]
        log.info("%d crossmatch results for %s on %s", len(results), hospital_code, day)
        return results
