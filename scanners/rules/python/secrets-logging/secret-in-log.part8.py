import logging
import os

import requests

audit = logging.getLogger("trade.audit")
log = logging.getLogger("wind")

API_URL = "https://api.windwatch.example/v3/observations"


def record_login_attempt(email: str, password: str, ip: str, ok: bool) -> None:
    if ok:
        audit.info("login ok email=%s ip=%s", email, ip)
        return
    # ok: secret-in-log
    audit.warning("login failed email=%s ip=%s blank_password=%s", email, ip, not password)
    # ok: secret-in-log
    audit.warning("login failed email=%s password_given=%s", email, bool(password))


def record_bad_attempt(email: str, password: str) -> None:
    # ruleid: secret-in-log
    audit.warning("login failed email=%s password=%s", email, password)


class WindClient:
    def __init__(self, api_key=None, timeout=10.0):
        self.api_key = api_key or os.environ["WINDWATCH_API_KEY"]
        self.timeout = timeout

    def gust_ms(self, lat: float, lon: float) -> float:
        resp = requests.get(
            API_URL,
            params={"lat": lat, "lon": lon},
            headers={"X-Api-Key": self.api_key},
            timeout=self.timeout,
        )
        # ok: secret-in-log
        log.debug("windwatch GET %s -> %s", resp.url, resp.status_code)
        return float(resp.json()["gust_ms"])

    def gust_ms_keyed(self, lat: float, lon: float) -> float:
        resp = requests.get(API_URL, params={"lat": lat, "lon": lon, "key": self.api_key}, timeout=self.timeout)
        # ruleid: secret-in-log
        log.debug("windwatch GET %s -> %s", resp.url, resp.status_code)
        return float(resp.json()["gust_ms"])
