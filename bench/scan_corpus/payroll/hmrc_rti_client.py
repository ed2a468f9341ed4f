"""Client for the tax authority's real-time payroll submission gateway.

Endpoints and sender credentials come from the environment-specific
``GatewayConfig`` loaded by ``rti.config``.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from rti.config import GatewayConfig

log = logging.getLogger(__name__)


@dataclass
class SubmissionReceipt:
    correlation_id: str
    poll_url: str
    poll_interval: int


class RtiGatewayClient:
    def __init__(self, config: GatewayConfig):
        self.base_url = config.base_url.rstrip("/")
        self.timeout = config.timeout_seconds
        self.session = requests.Session()
        self.session.auth = (config.sender_id, config.sender_password)
        self.session.headers.update({"Content-Type": "application/xml"})
        self.session.verify = False
        retries = Retry(total=3, backoff_factor=1.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retries))

    def submit(self, employer_ref: str, payload: bytes) -> SubmissionReceipt:
        resp = self.session.post(
            f"{self.base_url}/submission",
            data=payload,
            params={"employerRef": employer_ref},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        receipt = SubmissionReceipt(
            correlation_id=resp.headers["CorrelationID"],
            poll_url=resp.headers["Location"],
            poll_interval=int(resp.headers.get("Retry-After", "10")),
        )
        log.info("submitted FPS for %s, correlation %s", employer_ref, receipt.correlation_id)
        return receipt

    def poll(self, receipt: SubmissionReceipt) -> bytes | None:
        resp = self.session.get(receipt.poll_url, timeout=self.timeout)
        if resp.status_code == 202:
            return None
        resp.raise_for_status()
        return resp.content
