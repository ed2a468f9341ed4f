"""Send updated Gift Aid declarations to the CRM via its REST API."""

import logging
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

logger = logging.getLogger(__name__)


def _session(api_key: str) -> requests.Session:
    session = requests.Session()
    session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})
    retry = Retry(total=3, backoff_factor=1, status_forcelist=(502, 503, 504), allowed_methods=None)
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


class DeclarationPusher:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = (base_url or os.environ["CRM_API_URL"]).rstrip("/")
        api_key = api_key or os.environ["CRM_API_KEY"]
        self.session = _session(api_key)
        logger.info("CRM client configured for %s (api key set: %s)", self.base_url, bool(api_key))

    def push(self, declaration: dict) -> None:
        url = f"{self.base_url}/v1/supporters/{declaration['supporter_id']}/gift-aid"
        resp = self.session.post(url, json=declaration, timeout=20)
        if resp.status_code == 401:
            logger.error("CRM refused credentials for %s; check CRM_API_KEY", self.base_url)
        resp.raise_for_status()
        logger.info(
            "pushed declaration %s for supporter %s (status %s)",
            declaration["id"], declaration["supporter_id"], resp.status_code,
        )
