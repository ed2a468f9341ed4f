import hashlib
import secrets
import time

import httpx
import pyotp
from fastapi import Header, HTTPException

from app.settings import settings


def require_uploader(x_uploader_key: str = Header(...)) -> str:
    allowed = [k.strip() for k in settings.uploader_keys.split(",") if k.strip()]
    # ruleid: timing-unsafe-comparison
    if x_uploader_key not in allowed:
        raise HTTPException(status_code=401)
    return x_uploader_key


def require_uploader_hashed(x_uploader_key: str = Header(...)) -> str:
    allowed = {k.strip() for k in settings.uploader_keys.split(",") if k.strip()}
    # ok: timing-unsafe-comparison
    if x_uploader_key not in allowed:
        raise HTTPException(status_code=401)
    return x_uploader_key


def require_uploader_site(x_uploader_site: str = Header(...)) -> str:
    sites = [s.strip() for s in settings.uploader_sites.split(",")]
    # ok: timing-unsafe-comparison
    if x_uploader_site not in sites:
        raise HTTPException(status_code=404)
    return x_uploader_site


def require_relay(api_key: str = Header(..., alias="X-Api-Key")) -> str:
    # ruleid: timing-unsafe-comparison
    if api_key not in settings.relay_api_keys.split(","):
        raise HTTPException(status_code=401)
    return api_key


def relay_owner(x_relay_key: str = Header(...)) -> str:
    owners = settings.relay_keys_by_owner
    # ruleid: timing-unsafe-comparison
    if x_relay_key not in owners.values():
        raise HTTPException(status_code=401)
    return next(o for o, k in owners.items() if secrets.compare_digest(k, x_relay_key))


def relay_owner_by_key(x_relay_key: str = Header(...)) -> str:
    owners = settings.owner_by_relay_key
    # ok: timing-unsafe-comparison
    if x_relay_key not in owners.keys():
        raise HTTPException(status_code=401)
    return owners[x_relay_key]


def require_pair(x_pair_key: str = Header(...)) -> None:
    # ruleid: timing-unsafe-comparison
    if x_pair_key not in (settings.pair_key_primary, settings.pair_key_secondary):
        raise HTTPException(status_code=401)


def lex(token: str) -> str:
    # ok: timing-unsafe-comparison
    if token in ("(", ")", ","):
        return "punct"
    return "word"


class DeskApproval:
    step = 30

    def __init__(self, seed: str):
        self.totp = pyotp.TOTP(seed, interval=self.step)

    def code_ok(self, code: str) -> bool:
        now = time.time()
        for drift in (-1, 0, 1):
            candidate = self.totp.at(now + drift * self.step)
            # ruleid: timing-unsafe-comparison
            if code == candidate:
                return True
        return False

    def code_ok_safely(self, code: str) -> bool:
        now = time.time()
        for drift in (-1, 0, 1):
            candidate = self.totp.at(now + drift * self.step)
            # ok: timing-unsafe-comparison
            if secrets.compare_digest(code, candidate):
                return True
        return False

    def same_window(self, code: str, previous: int) -> bool:
        counter = self.totp.timecode(time.time())
        # ok: timing-unsafe-comparison
        return counter == previous


def fetch_report(url: str) -> bytes:
    body = httpx.get(url).content
    published = httpx.get(url + ".sha256").text
    published_digest = published.split()[0].lower()
    actual_digest = hashlib.sha256(body).hexdigest()
    # ok: timing-unsafe-comparison
    if actual_digest != published_digest:
        raise ValueError("truncated report")
    return body


def stale_sheets(recorded: dict, current: dict) -> list:
    # ok: timing-unsafe-comparison
    return [name for name, digest in recorded.items() if current.get(name) != digest]


def fetch_signed_report(url: str, secret: str) -> bytes:
    body = httpx.get(url).content
    sent = httpx.get(url + ".sig").text
    actual_digest = hashlib.sha256(secret.encode() + body).hexdigest()
    # ruleid: timing-unsafe-comparison
    if actual_digest != sent:
        raise ValueError("bad report signature")
    return body


def batch_code_ok(seed: str, batch_code: str) -> bool:
    totp = pyotp.TOTP(seed)
    for step in (-1, 0, 1):
        expected = totp.at(time.time() + step * 30)
        # ruleid: timing-unsafe-comparison
        if batch_code == expected:
            return True
    return False


def backup_code_ok(backup_code: str, stored: str) -> bool:
    # ruleid: timing-unsafe-comparison
    return backup_code.strip() in [c.strip() for c in stored.split(",")]
