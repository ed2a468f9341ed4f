"""Thin client for the newsletter mailing provider's REST API.

Request tracing is written at DEBUG level to help the web secretary
diagnose failed campaign sends.
"""
import logging
from typing import Any, Mapping

import requests

from bellringer.settings import settings

logger = logging.getLogger("bellringer.mailer.client")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie"})


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {
        name: ("<redacted>" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


class MailerClient:
    def __init__(self, base_url: str = settings.MAILER_API_URL, api_key: str = settings.MAILER_API_KEY):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"apikey {api_key}",
            "Accept": "application/json",
        })

    def _call(self, method: str, path: str, **kwargs: Any) -> dict:
        url = f"{self.base_url}/{path.lstrip('/')}"
        merged = {**self.session.headers, **kwargs.get("headers", {})}
        logger.debug("%s %s headers=%s", method, url, redact_headers(merged))
        resp = self.session.request(method, url, timeout=20, **kwargs)
        logger.debug("%s %s -> %s in %.2fs", method, url, resp.status_code, resp.elapsed.total_seconds())
        resp.raise_for_status()
        return resp.json() if resp.content else {}

    def create_campaign(self, list_id: str, subject: str, html: str) -> str:
        campaign = self._call("POST", "/campaigns", json={
            "type": "regular",
            "recipients": {"list_id": list_id},
            "settings": {"subject_line": subject, "from_name": "Guild Newsletter"},
        })
        self._call("PUT", f"/campaigns/{campaign['id']}/content", json={"html": html})
        return campaign["id"]

    def send_campaign(self, campaign_id: str) -> None:
        self._call("POST", f"/campaigns/{campaign_id}/actions/send")
