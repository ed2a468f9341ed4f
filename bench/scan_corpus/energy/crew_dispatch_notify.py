"""Push dispatch notifications to field crews' mobile devices."""
from __future__ import annotations

import os
from functools import lru_cache

import requests

PUSH_API_URL_ENV = "CREW_PUSH_API_URL"
PUSH_API_KEY_ENV = "CREW_PUSH_API_KEY"
AUTH_HEADER = "X-Api-Key"
PASSWORD_RESET_PATH = "/crew/password-reset"


class MissingSetting(RuntimeError):
    pass


@lru_cache(maxsize=1)
def _settings() -> tuple[str, str]:
    try:
        return os.environ[PUSH_API_URL_ENV].rstrip("/"), os.environ[PUSH_API_KEY_ENV]
    except KeyError as exc:
        raise MissingSetting(f"{exc.args[0]} is not set") from exc


def dispatch(crew_id: str, work_order: str, address: str, priority: str = "normal") -> str:
    base_url, api_key = _settings()
    resp = requests.post(
        f"{base_url}/v1/notifications",
        headers={AUTH_HEADER: api_key},
        json={
            "audience": f"crew:{crew_id}",
            "title": f"New work order {work_order}",
            "body": address,
            "priority": priority,
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["id"]


def send_password_reset_link(crew_id: str, link_url: str) -> None:
    base_url, api_key = _settings()
    resp = requests.post(
        f"{base_url}{PASSWORD_RESET_PATH}",
        headers={AUTH_HEADER: api_key},
        json={"crew": crew_id, "link": link_url},
        timeout=15,
    )
    resp.raise_for_status()
