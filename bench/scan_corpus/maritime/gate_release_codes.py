"""Release codes for import containers, registered with the terminal operating system."""
import logging
import random
import secrets
import string
import time

import requests

log = logging.getLogger(__name__)

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 12
MAX_ATTEMPTS = 5


def generate_release_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def _backoff(attempt: int) -> float:
    # spread retries so a TOS restart isn't hit by every worker at the same moment
    return min(30.0, 2 ** attempt) + random.uniform(0, 1)


def push_release(tos_url: str, session: requests.Session, container_no: str, carrier_ref: str) -> str:
    code = generate_release_code()
    payload = {
        "containerNumber": container_no,
        "carrierReference": carrier_ref,
        "releaseCode": code,
    }
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = session.post(f"{tos_url}/api/v2/releases", json=payload, timeout=10)
            resp.raise_for_status()
            log.info("release registered for %s (carrier ref %s)", container_no, carrier_ref)
            return code
        except requests.RequestException as exc:
            log.warning("TOS push failed for %s on attempt %d: %s", container_no, attempt + 1, exc)
            time.sleep(_backoff(attempt))
    raise RuntimeError(f"could not register release for {container_no}")
