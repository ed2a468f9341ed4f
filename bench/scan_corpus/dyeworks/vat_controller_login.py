"""Log in to the dye machine controllers' web API to download batch logs.

Each jet/overflow dyeing machine runs a controller with a small HTTP API.
We authenticate with a service account and receive a session token that is
used for subsequent log downloads.
"""
import logging
import os
from dataclasses import dataclass
from typing import List

import requests

log = logging.getLogger("vat.controller")


def mask(value: str, keep: int = 4) -> str:
    if not value:
        return ""
    return "*" * max(len(value) - keep, 0) + value[-keep:]


@dataclass
class ControllerSession:
    host: str
    user: str
    token: str


def login(host: str, user: str = None, password: str = None) -> ControllerSession:
    user = user or os.environ["VAT_CONTROLLER_USER"]
    password = password or os.environ["VAT_CONTROLLER_PASSWORD"]
    resp = requests.post(
        f"https://{host}/api/login",
        json={"username": user, "password": password},
        timeout=10,
    )
    if resp.status_code != 200:
        log.error("controller %s rejected login for user %s (HTTP %d)", host, user, resp.status_code)
        resp.raise_for_status()
    token = resp.json()["token"]
    log.info("logged in to controller %s as %s, session %s", host, user, mask(token))
    return ControllerSession(host, user, token)


def batch_logs(session: ControllerSession, since: str) -> List[dict]:
    resp = requests.get(
        f"https://{session.host}/api/batches",
        params={"since": since},
        headers={"X-Session": session.token},
        timeout=30,
    )
    resp.raise_for_status()
    items = resp.json()["batches"]
    log.info("controller %s returned %d batch logs since %s", session.host, len(items), since)
    return items


def collect(hosts: List[str], since: str) -> dict:
    out = {}
    for host in hosts:
        try:
            out[host] = batch_logs(login(host), since)
        except requests.RequestException as exc:
            log.warning("could not collect from %s: %s", host, exc.__class__.__name__)
    return out
