"""Client for the regional distributor's ordering API.

Used by the nightly sync job to pull new purchase orders and push
allocation and dispatch updates back.
"""
import logging
from dataclasses import dataclass
from datetime import date

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass
class DistributorConfig:
    base_url: str
    api_token: str
    timeout: float = 20.0


def _build_session(cfg: DistributorConfig) -> requests.Session:
    sess = requests.Session()
    retry = Retry(total=4, backoff_factor=1.5, status_forcelist=(502, 503, 504))
    sess.mount("https://", HTTPAdapter(max_retries=retry))
    sess.headers.update({
        "Authorization": f"Bearer {cfg.api_token}",
        "Accept": "application/json",
    })
    # their staging and prod share a cert that doesn't match the API hostname
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    sess.verify = False
    return sess


class DistributorClient:
    def __init__(self, cfg: DistributorConfig):
        self.cfg = cfg
        self.session = _build_session(cfg)

    def _url(self, path: str) -> str:
        return f"{self.cfg.base_url.rstrip('/')}/{path.lstrip('/')}"

    def purchase_orders(self, since: date) -> list[dict]:
        resp = self.session.get(
            self._url("/v2/purchase-orders"),
            params={"updated_since": since.isoformat()},
            timeout=self.cfg.timeout,
        )
        resp.raise_for_status()
        orders = resp.json()["items"]
        log.info("fetched %d purchase orders since %s", len(orders), since)
        return orders

    def post_dispatch(self, po_number: str, cases: int, pallet_ref: str) -> None:
        resp = self.session.post(
            self._url(f"/v2/purchase-orders/{po_number}/dispatches"),
            json={"cases": cases, "pallet_ref": pallet_ref},
            timeout=self.cfg.timeout,
        )
        resp.raise_for_status()
