import logging
from urllib.parse import urlencode

import httpx
import requests

from app.config import settings

log = logging.getLogger(__name__)

BASE = "https://api.example/v2"


# --- a helper that builds a request URL whose query string it fills with a secret, kept in a
# local first, then logged by the caller when the request fails

class PushGateway:
    def __init__(self, provider: dict):
        self.provider = provider
        self.client = httpx.Client(timeout=5.0)

    def _request_url(self, to: str, body: str) -> str:
        query = urlencode({"key": self.provider["api_key"], "to": to, "body": body})
        return f"{self.provider['endpoint']}?{query}"

    def send(self, to: str, body: str) -> bool:
        url = self._request_url(to, body)
        try:
            self.client.get(url)
        except httpx.HTTPError as exc:
            # ruleid: secret-in-log
            log.error("push request failed: %s (%s)", exc, url)
            return False
        return True


def download_url(path: str) -> str:
    signature = "sig=" + settings.DOWNLOAD_TOKEN
    return BASE + path + "?" + signature


def fetch_archive(path: str):
    target = download_url(path)
    resp = requests.get(target, timeout=10)
    if resp.status_code != 200:
        # ruleid: secret-in-log
        log.warning("archive fetch %s returned %s", target, resp.status_code)
    return resp


# --- near misses: the key goes in a header, or the URL is made safe to show

class HeaderGateway:
    def __init__(self, provider: dict):
        self.provider = provider

    def _request_url(self, to: str) -> str:
        query = urlencode({"to": to, "sender": self.provider["sender"]})
        return f"{self.provider['endpoint']}?{query}"

    def send(self, to: str) -> bool:
        url = self._request_url(to)
        resp = requests.get(url, headers={"X-Api-Key": self.provider["api_key"]}, timeout=5)
        if resp.status_code != 200:
            # ok: secret-in-log
            log.error("push request to %s failed", url)
            return False
        return True


def masked_download_url(path: str) -> str:
    signature = "sig=" + settings.DOWNLOAD_TOKEN[:4] + "..."
    return BASE + path + "?" + signature


def report_archive(path: str):
    # ok: secret-in-log
    log.info("archive at %s", masked_download_url(path))


def archive_link(path: str) -> str:
    # (the local that holds the secret is not what is returned)
    signature = "sig=" + settings.DOWNLOAD_TOKEN
    requests.head(BASE + path + "?" + signature, timeout=5)
    return BASE + path


def show_archive(path: str):
    # ok: secret-in-log
    log.info("archive at %s", archive_link(path))
