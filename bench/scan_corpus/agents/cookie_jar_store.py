"""Persists the scraper's logged-in cookies between runs.

Cookies are session credentials for the supplier portals, so the jar is
encrypted with Fernet. COOKIE_JAR_KEYS holds a comma-separated list of keys,
newest first, which lets us rotate without invalidating existing jars.
"""
import json
import os
from pathlib import Path

import requests
from cryptography.fernet import Fernet, InvalidToken, MultiFernet

JAR_PATH = Path(os.environ.get("COOKIE_JAR_PATH", "/var/lib/scraper/cookies.jar"))


def _crypto() -> MultiFernet:
    keys = [k.strip() for k in os.environ["COOKIE_JAR_KEYS"].split(",") if k.strip()]
    return MultiFernet([Fernet(k) for k in keys])


def save_cookies(session: requests.Session) -> None:
    cookies = [
        {"name": c.name, "value": c.value, "domain": c.domain, "path": c.path, "expires": c.expires}
        for c in session.cookies
    ]
    token = _crypto().encrypt(json.dumps(cookies).encode("utf-8"))
    JAR_PATH.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(JAR_PATH, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(token)


def restore_cookies(session: requests.Session) -> bool:
    if not JAR_PATH.exists():
        return False
    try:
        data = _crypto().decrypt(JAR_PATH.read_bytes())
    except InvalidToken:
        JAR_PATH.unlink(missing_ok=True)
        return False
    for c in json.loads(data):
        session.cookies.set(c["name"], c["value"], domain=c["domain"], path=c["path"], expires=c["expires"])
    return True
