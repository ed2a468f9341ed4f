"""Register self-hosted CI runners with the coordinator and keep them alive."""
import logging
import os
import random
import secrets
import socket
import time

import requests

log = logging.getLogger("runner.registration")

COORDINATOR_URL = os.environ["CI_COORDINATOR_URL"]
MAX_ATTEMPTS = 6
BASE_DELAY = 2.0


def _backoff(attempt: int) -> float:
    # full jitter so a fleet restart does not hammer the coordinator in lockstep
    return random.uniform(0, BASE_DELAY * (2 ** attempt))


def new_runner_secret() -> str:
    return secrets.token_urlsafe(32)


def register(labels: list[str]) -> dict:
    payload = {
        "hostname": socket.gethostname(),
        "labels": labels,
        "runner_secret": new_runner_secret(),
    }
    headers = {"Authorization": f"Bearer {os.environ['CI_REGISTRATION_TOKEN']}"}
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = requests.post(
                f"{COORDINATOR_URL}/api/v1/runners",
                json=payload,
                headers=headers,
                timeout=10,
            )
            resp.raise_for_status()
            runner = resp.json()
            log.info("registered runner id=%s labels=%s", runner["id"], ",".join(labels))
            return {**runner, "runner_secret": payload["runner_secret"]}
        except requests.RequestException as exc:
            delay = _backoff(attempt)
            log.warning("registration failed (%s), retrying in %.1fs", exc, delay)
            time.sleep(delay)
    raise RuntimeError("could not register runner with coordinator")
