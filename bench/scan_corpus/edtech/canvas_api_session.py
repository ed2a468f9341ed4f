"""Shared requests session for calls to the campus Canvas REST API."""
import os
from typing import Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

CANVAS_BASE_URL = os.environ["CANVAS_BASE_URL"]
# Canvas sits behind the campus load balancer, whose cert chains to the university CA.
CAMPUS_CA_BUNDLE = os.environ.get("CAMPUS_CA_BUNDLE", "/etc/ssl/certs/campus-root-ca.pem")
TIMEOUT = (5, 30)


def build_session(token: str) -> requests.Session:
    session = requests.Session()
    session.verify = CAMPUS_CA_BUNDLE
    session.headers.update({"Authorization": f"Bearer {token}", "Accept": "application/json"})
    retry = Retry(
        total=3,
        backoff_factor=0.5,
        status_forcelist=(429, 502, 503, 504),
        allowed_methods=frozenset({"GET", "PUT"}),
    )
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def list_assignments(session: requests.Session, course_id: int) -> Iterator[dict]:
    url = f"{CANVAS_BASE_URL}/api/v1/courses/{int(course_id)}/assignments"
    params = {"per_page": 100}
    while url:
        resp = session.get(url, params=params, timeout=TIMEOUT)
        resp.raise_for_status()
        yield from resp.json()
        url = resp.links.get("next", {}).get("url")
        params = None
