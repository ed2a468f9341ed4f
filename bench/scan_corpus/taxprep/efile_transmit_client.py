"""Client for the A2A transmission gateway used to submit MeF return packages."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)


@dataclass
class SubmissionResult:
    submission_id: str
    status: str
    received_at: float


class TransmitClient:
    """Thin wrapper around the transmitter's submission endpoint."""

    DEFAULT_ENDPOINT = "https://52.204.118.9/a2a/mef/submit"
    DEFAULT_TIMEOUT = 30.0

    def __init__(self, etin: str, endpoint: str | None = None, timeout: float | None = None):
        self.etin = etin
        self.endpoint = endpoint or self.DEFAULT_ENDPOINT
        self._client = httpx.Client(timeout=timeout or self.DEFAULT_TIMEOUT)

    def submit(self, submission_id: str, package: bytes) -> SubmissionResult:
        started = time.monotonic()
        resp = self._client.post(
            self.endpoint,
            content=package,
            headers={
                "Content-Type": "application/zip",
                "X-ETIN": self.etin,
                "X-Submission-Id": submission_id,
            },
        )
        resp.raise_for_status()
        body = resp.json()
        log.info(
            "submitted %s in %.2fs status=%s",
            submission_id,
            time.monotonic() - started,
            body.get("status"),
        )
        return SubmissionResult(submission_id, body.get("status", "UNKNOWN"), time.time())

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "TransmitClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
