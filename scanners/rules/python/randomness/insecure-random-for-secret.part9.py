"""Keys minted from a digest of known values and a clock the object was given, and the same
injectable clock kept for what it is meant for: time stamps and expiry."""
import dataclasses
import hashlib
import secrets
import time
import typing


class WebhookKeyFactory:
    def __init__(self, store, clock: typing.Callable[[], float] = time.time):
        self.store = store
        self._clock = clock

    def _mint(self, partner: str) -> str:
        # ruleid: insecure-random-for-secret
        material = f"{partner}:{self._clock():.6f}"
        return "whk_" + hashlib.sha256(material.encode()).hexdigest()

    def issue(self, partner: str) -> dict:
        key = self._mint(partner)
        # ok: insecure-random-for-secret
        record = dict(partner=partner, created=self._clock())
        self.store.save(key, record)
        return record

    def is_expired(self, record: dict) -> bool:
        # ok: insecure-random-for-secret
        return self._clock() > record["created"] + 86400


class ScannerKeyIssuer:
    prefix = "sck_"

    def __init__(self, db, clock=None):
        self.db = db
        self.clock = clock or time.time

    def _generate(self, operator_id: int, station: str) -> str:
        # ruleid: insecure-random-for-secret
        digest = hashlib.sha1(f"{operator_id}/{station}/{self.clock()}".encode()).hexdigest()
        return self.prefix + digest


@dataclasses.dataclass
class KioskTokenService:
    clock: typing.Callable[[], float] = time.time

    def new_token(self, kiosk_id: str) -> str:
        # ruleid: insecure-random-for-secret
        return hashlib.md5((kiosk_id + str(self.clock())).encode()).hexdigest()

    def new_token_safely(self, kiosk_id: str) -> dict:
        # ok: insecure-random-for-secret
        return {"token": secrets.token_urlsafe(32), "issued": self.clock(), "kiosk": kiosk_id}


class ReportCache:
    def __init__(self, clock=time.monotonic):
        self._clock = clock

    def cache_key(self, report: str) -> str:
        # ok: insecure-random-for-secret
        return hashlib.sha256(f"{report}:{self._clock()}".encode()).hexdigest()
