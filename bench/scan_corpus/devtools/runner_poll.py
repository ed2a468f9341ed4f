"""Main polling loop of the runner agent."""
import logging
import platform
import random
import secrets
import threading

import requests

from . import __version__

log = logging.getLogger("runner.poll")

BASE_DELAY = 3.0
MAX_DELAY = 60.0


class Poller:
    def __init__(self, coordinator_url: str, runner_token: str, executor):
        self.url = coordinator_url.rstrip("/") + "/api/v4/jobs/request"
        self.http = requests.Session()
        self.runner_token = runner_token
        self.executor = executor
        # identifies this process to the coordinator across long polls
        self.session_id = secrets.token_hex(16)

    @staticmethod
    def _backoff(failures: int) -> float:
        ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** failures))
        return random.uniform(ceiling / 2, ceiling)

    def request_job(self) -> dict | None:
        resp = self.http.post(
            self.url,
            json={
                "token": self.runner_token,
                "session_id": self.session_id,
                "info": {"version": __version__, "platform": platform.system().lower()},
            },
            timeout=40,
        )
        if resp.status_code == 204:
            return None
        resp.raise_for_status()
        return resp.json()

    def run_forever(self, stop: threading.Event) -> None:
        failures = 0
        while not stop.is_set():
            try:
                job = self.request_job()
                failures = 0
            except requests.RequestException as exc:
                failures += 1
                delay = self._backoff(failures)
                log.warning("job request failed (%s); retrying in %.1fs", type(exc).__name__, delay)
                stop.wait(delay)
                continue
            if job is None:
                stop.wait(self._backoff(0))
                continue
            log.info("picked up job %s", job["id"])
            self.executor.submit(job)
