"""Small retrying HTTP client used by the catalogue sync jobs."""
import logging
import random
import time
from collections.abc import Iterable

import requests

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class RetryingClient:
    def __init__(
        self,
        base_url: str,
        attempts: int = 5,
        base_delay: float = 0.5,
        max_delay: float = 30.0,
        timeout: float = 10.0,
        retry_statuses: Iterable[int] = RETRY_STATUSES,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.attempts = attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.timeout = timeout
        self.retry_statuses = frozenset(retry_statuses)
        self.session = requests.Session()

    def _backoff(self, attempt: int) -> float:
        # "Full jitter" so a fleet of workers doesn't retry in lockstep.
        ceiling = min(self.max_delay, self.base_delay * (2**attempt))
        return random.uniform(0, ceiling)

    def get_json(self, path: str, **params) -> dict:
        url = f"{self.base_url}/{path.lstrip('/')}"
        for attempt in range(self.attempts):
            try:
                resp = self.session.get(url, params=params, timeout=self.timeout)
            except (requests.ConnectionError, requests.Timeout) as exc:
                if attempt == self.attempts - 1:
                    raise
                log.warning("GET %s failed (%s), retrying", url, exc.__class__.__name__)
            else:
                if resp.status_code not in self.retry_statuses or attempt == self.attempts - 1:
                    resp.raise_for_status()
                    return resp.json()
                log.warning("GET %s returned %s, retrying", url, resp.status_code)
            time.sleep(self._backoff(attempt))
        raise RuntimeError("unreachable")
