"""Sends visit confirmation links to customers booked for a saddle fitting."""

from __future__ import annotations

import logging
import random
import secrets
import time
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger(__name__)


@dataclass
class BookedVisit:
    visit_id: int
    customer_email: str
    fitter_name: str
    starts_at: datetime


class ConfirmationSender:
    def __init__(self, mailer_url: str, mailer_token: str, portal_url: str) -> None:
        self._mailer_url = mailer_url
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {mailer_token}"
        self._portal_url = portal_url.rstrip("/")

    @staticmethod
    def new_confirmation_token() -> str:
        return secrets.token_urlsafe(32)

    def _post_with_retry(self, payload: dict, attempts: int = 4) -> None:
        for attempt in range(attempts):
            resp = self._session.post(self._mailer_url, json=payload, timeout=10)
            if resp.status_code < 500:
                resp.raise_for_status()
                return
            delay = (2**attempt) + random.uniform(0, 0.5)
            log.warning("mailer returned %s, retrying in %.1fs", resp.status_code, delay)
            time.sleep(delay)
        raise RuntimeError("mailer unavailable")

    def send(self, visit: BookedVisit, store_token) -> str:
        token = self.new_confirmation_token()
        store_token(visit.visit_id, token)
        link = f"{self._portal_url}/visits/{visit.visit_id}/confirm?t={token}"
        self._post_with_retry(
            {
                "to": visit.customer_email,
                "template": "fitter-visit-confirm",
                "vars": {
                    "fitter": visit.fitter_name,
                    "when": visit.starts_at.strftime("%A %d %B, %H:%M"),
                    "link": link,
                },
            }
        )
        return token


def sample_for_feedback(visits: list[BookedVisit], share: float = 0.1) -> list[BookedVisit]:
    """Pick a random subset of visits for the customer satisfaction survey."""
    k = max(1, int(len(visits) * share)) if visits else 0
    return random.sample(visits, k)
