import dataclasses
import datetime
import hashlib
import hmac
import jwt
import os
import random
import secrets
import string
import time
import typing
import uuid
from random import choice, randint

import numpy as np

ALPHABET = string.ascii_letters + string.digits



@dataclasses.dataclass
class DevicePairingCode:
    value: str
    device_serial: str
    # ok: insecure-random-for-secret
    issued_at: datetime.datetime = dataclasses.field(default_factory=lambda: datetime.datetime.now(datetime.timezone.utc))

    @classmethod
    def generate(cls, device_serial: str) -> "DevicePairingCode":
        return cls(value=secrets.token_urlsafe(24), device_serial=device_serial)


@dataclasses.dataclass
class KioskPairingCode:
    device_serial: str
    # ruleid: insecure-random-for-secret
    value: str = dataclasses.field(default_factory=lambda: uuid.uuid1().hex)
    # ok: insecure-random-for-secret
    created: float = dataclasses.field(default_factory=time.time)


@dataclasses.dataclass
class MarketplaceGrant:
    prefix: str
    secret: str
    spread: float = 0.0

    @classmethod
    def mint(cls) -> "MarketplaceGrant":
        # ruleid: insecure-random-for-secret
        raw = uuid.uuid1().hex
        return cls(prefix=raw[:8], secret=raw)

    @classmethod
    def mint_safely(cls) -> "MarketplaceGrant":
        raw = secrets.token_hex(16)
        # ok: insecure-random-for-secret
        spread = random.uniform(0.0, 1.0)
        return cls(prefix=raw[:8], secret=raw, spread=spread)

    @classmethod
    def labelled(cls, secret: str) -> "MarketplaceGrant":
        # ok: insecure-random-for-secret
        tag = random.choice("abcdef")
        return cls(prefix=tag, secret=secret)


def new_entry_reference(length=10):
    # ruleid: insecure-random-for-secret
    return "".join(random.choices(string.ascii_uppercase + string.digits, k=length))


def new_entry_label(length=6):
    # ok: insecure-random-for-secret
    return "".join(random.choices(string.ascii_uppercase, k=length))


def enter_rally(conn, email):
    entry_reference = new_entry_reference()
    entry_label = new_entry_label()
    conn.execute("INSERT INTO entries (email, reference, label) VALUES (?, ?, ?)", (email, entry_reference, entry_label))
    return entry_reference


def withdraw_from_rally(conn, email, presented):
    for entry_id, entry_reference in conn.execute("SELECT id, reference FROM entries WHERE email = ?", (email,)):
        if hmac.compare_digest(entry_reference, presented):
            return entry_id
    return None


class CalendarApiKeyManager:
    def __init__(self, session, id_factory=uuid.uuid1):
        self._session = session
        self._id_factory = id_factory

    def issue(self, tutor_id):
        # ruleid: insecure-random-for-secret
        plaintext = "cal_" + self._id_factory().hex
        return tutor_id, plaintext


class CalendarFeedApiKeyManager:
    def __init__(self, session, id_factory=uuid.uuid4):
        self._session = session
        self._make_id = id_factory

    def issue(self, tutor_id):
        # ok: insecure-random-for-secret
        plaintext = "feed_" + self._make_id().hex
        return tutor_id, plaintext


@dataclasses.dataclass(frozen=True)
class FeedKey:
    prefix: str
    plaintext: str

    @classmethod
    def mint(cls):
        # ruleid: insecure-random-for-secret
        raw = "%032x" % random.getrandbits(128)
        return cls(prefix=raw[:8], plaintext=f"fk_{raw}")

    @classmethod
    def mint_safely(cls):
        raw = secrets.token_hex(16)
        return cls(prefix=raw[:8], plaintext=f"fk_{raw}")


SEAT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _block5(length=5):
    # ruleid: insecure-random-for-secret
    return "".join(random.choice(SEAT_ALPHABET) for _ in range(length))


def _swatch_block(length=5):
    # ok: insecure-random-for-secret
    return "".join(random.choice("RGB") for _ in range(length))


def format_seat_key(prefix):
    body = "-".join(_block5() for _ in range(5))
    return f"{prefix.upper()}-{body}"


def format_swatch_label(prefix):
    body = "-".join(_swatch_block() for _ in range(5))
    return f"{prefix.upper()}-{body}"


@dataclasses.dataclass
class PartnerKey:
    value: str
    partner: str

    @classmethod
    def generate(cls, partner):
        # ruleid: insecure-random-for-secret
        return cls(value="lq_" + uuid.uuid1().hex, partner=partner)


@dataclasses.dataclass
class LeaderboardCacheKey:
    value: str

    @classmethod
    def generate(cls):
        # ok: insecure-random-for-secret
        return cls(value="lb_" + uuid.uuid1().hex)


_jwks_state = {"keys": {}, "fetched_at": 0.0}


def _jwks_signing_keys():
    # ok: insecure-random-for-secret
    _jwks_state["fetched_at"] = time.monotonic()
    return _jwks_state["keys"]


def verify_partner_token(token):
    keys = _jwks_signing_keys()
    return jwt.decode(token, keys[jwt.get_unverified_header(token)["kid"]], algorithms=["RS256"])


@dataclasses.dataclass
class ResetLinkDesk:
    base_url: str
    token_factory: object = dataclasses.field(default=uuid.uuid1)
    trace_factory: object = dataclasses.field(default=uuid.uuid1)

    def _new_token(self):
        # ruleid: insecure-random-for-secret
        return self.token_factory().hex

    def _trace_label(self):
        # ok: insecure-random-for-secret
        return f"trace {self.trace_factory().hex}"


class SpectatorTickets:
    ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

    def _new_barcode(self):
        # ruleid: insecure-random-for-secret
        return "".join(random.choices(self.ALPHABET, k=12))

    def _seat_shuffle(self, seats):
        # ok: insecure-random-for-secret
        return random.sample(seats, k=len(seats))


class PartnerKeys:
    CHARS = string.ascii_letters + string.digits

    def __init__(self):
        self._rng = random.Random()

    def _random_string(self, length):
        # ruleid: insecure-random-for-secret
        return "".join(self._rng.choice(self.CHARS) for _ in range(length))

    def _shuffled_labels(self, labels):
        # ok: insecure-random-for-secret
        return self._rng.sample(labels, k=len(labels))

    def issue(self, partner_id):
        return dict(partner=partner_id, labels=self._shuffled_labels(["a", "b"]), secret=self._random_string(40))


class BuyerKeyFactory:
    @staticmethod
    def _body():
        # ruleid: insecure-random-for-secret
        return f"{random.getrandbits(160):040x}"


class CacheKeyFactory:
    @staticmethod
    def _spread_bucket():
        # ok: insecure-random-for-secret
        return random.randrange(16)


class OutstationKeyService:
    def provision(self, station_code):
        # ruleid: insecure-random-for-secret
        key = "wl_" + uuid.uuid1().hex
        return station_code, key


class CacheKeyService:
    def provision(self, station_code):
        # ok: insecure-random-for-secret
        key = "wl_" + uuid.uuid1().hex
        return station_code, key


class ResetCodeIssuer:
    def issue(self, licence_no, code):
        # ok: insecure-random-for-secret
        self.pending[licence_no] = _PendingReset(code, time.monotonic())
        # ruleid: insecure-random-for-secret
        self.pending_code = str(time.monotonic())
        return self.pending[licence_no]

    def revoke(self, licence_no):
        # ok: insecure-random-for-secret
        self.repo.mark_revoked(licence_no, time.time())
        # ruleid: insecure-random-for-secret
        return self.repo.session_token(licence_no, time.time())


class PartnerSessionRegistry:
    @staticmethod
    def mint_id(partner_code):
        # ruleid: insecure-random-for-secret
        return f"{partner_code.lower()}-{random.getrandbits(32):08x}"

    def expiry_jitter(self):
        # ok: insecure-random-for-secret
        return random.uniform(0, 30)


class DeviceKeyRegistry:
    def __init__(self, conn):
        self.conn = conn

    def _generate(self) -> str:
        # ruleid: insecure-random-for-secret
        return "mwdev_" + uuid.uuid1().hex


class ShardKeyRegistry:
    def _generate(self) -> str:
        # ok: insecure-random-for-secret
        return "shard_" + uuid.uuid1().hex
