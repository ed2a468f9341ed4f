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



class SessionIdFactory:
    def __init__(self, namespace="fieldtech"):
        self.namespace = namespace

    def new_id(self, technician_id, device_serial):
        # ruleid: insecure-random-for-secret
        material = f"{self.namespace}:{technician_id}:{device_serial}:{time.time_ns()}"
        return hashlib.sha256(material.encode()).hexdigest()


class PushSigner:
    def __init__(self, key, team_id):
        self._key = key
        self._team_id = team_id

    def _provider_token(self):
        # ok: insecure-random-for-secret
        issued = time.time()
        return jwt.encode({"iss": self._team_id, "iat": int(issued)}, self._key, algorithm="ES256")


class HmiSessionStore:
    idle_timeout_s = 900

    # ruleid: insecure-random-for-secret
    def __init__(self, id_factory=lambda: uuid.uuid1().hex):
        self._new_id = id_factory
        self._sessions = {}

    def create(self, operator):
        sid = self._new_id()
        # ok: insecure-random-for-secret
        self._sessions[sid] = (operator, time.time())
        return sid

    def expired(self, sid):
        # ok: insecure-random-for-secret
        return time.time() - self._sessions[sid][1] > self.idle_timeout_s


class HmiAuditLog:
    # ok: insecure-random-for-secret
    def __init__(self, id_factory=lambda: uuid.uuid1().hex):
        self._new_id = id_factory


class PickupCodeFormat:
    alphabet = string.ascii_uppercase + string.digits

    def draw(self):
        # ruleid: insecure-random-for-secret
        return "".join(random.choices(self.alphabet, k=6))


class ShelfSlotFormat:
    def pick(self):
        # ok: insecure-random-for-secret
        return random.choice(["A1", "A2", "B1"])


@dataclasses.dataclass
class PickupNotice:
    job_card: str
    code: str
    shelf: str


class PickupNotifier:
    def __init__(self):
        self.fmt = PickupCodeFormat()
        self.slots = ShelfSlotFormat()

    def prepare(self, job_card):
        return PickupNotice(job_card=job_card, code=self.fmt.draw(), shelf=self.slots.pick())


CLAIM_ALPHABET = string.ascii_uppercase + string.digits


def _claim_segment(length, rng: random.Random):
    # ruleid: insecure-random-for-secret
    return "".join(rng.choice(CLAIM_ALPHABET) for _ in range(length))


def _shelf_segment(length, rng: random.Random):
    # ok: insecure-random-for-secret
    return "".join(rng.choice(CLAIM_ALPHABET) for _ in range(length))


@dataclasses.dataclass
class ClaimCodeIssuer:
    rng: random.Random = dataclasses.field(default_factory=random.Random)

    def new_code(self):
        return "-".join(_claim_segment(4, self.rng) for _ in range(3))


class ShelfLayout:
    def __init__(self):
        self.rng = random.Random()

    def label(self):
        return "-".join(_shelf_segment(4, self.rng) for _ in range(3))


class ClearanceCodeBook:
    def __init__(self, seed=3141):
        self._rng = random.Random(seed)

    def _draw(self):
        # ruleid: insecure-random-for-secret
        return str(self._rng.randrange(10**6)).zfill(6)


@dataclasses.dataclass
class InvitationPolicy:
    alphabet: str = string.ascii_uppercase + string.digits
    length: int = 10
    rng: random.Random = dataclasses.field(default_factory=random.Random)
    sysrng: random.SystemRandom = dataclasses.field(default_factory=random.SystemRandom)


class InvitationService:
    def __init__(self, policy=None):
        self.policy = policy or InvitationPolicy()

    def _new_code(self):
        p = self.policy
        # ruleid: insecure-random-for-secret
        raw = "".join(p.rng.choice(p.alphabet) for _ in range(p.length))
        return f"{raw[:5]}-{raw[5:]}"

    def _new_system_code(self):
        p = self.policy
        # ok: insecure-random-for-secret
        raw = "".join(p.sysrng.choice(p.alphabet) for _ in range(p.length))
        return f"{raw[:5]}-{raw[5:]}"


class TokenFactory:
    alphabet = string.ascii_letters + string.digits
    length = 32
    _rng = random.Random()
    _sysrng = random.SystemRandom()

    @classmethod
    def make(cls):
        # ruleid: insecure-random-for-secret
        return "".join(cls._rng.choice(cls.alphabet) for _ in range(cls.length))

    @classmethod
    def make_system(cls):
        # ok: insecure-random-for-secret
        return "".join(cls._sysrng.choice(cls.alphabet) for _ in range(cls.length))


def _default_picker(pool, k):
    # ruleid: insecure-random-for-secret
    return random.choices(pool, k=k)


def _shuffled_picker(pool, k):
    # ok: insecure-random-for-secret
    return random.sample(pool, k=k)


class PickupCodeIssuer:
    alphabet = string.ascii_uppercase + string.digits
    length = 6

    def __init__(self, repo, picker: typing.Callable = _default_picker):
        self._repo = repo
        self._pick = picker

    def _candidate(self):
        return "".join(self._pick(self.alphabet, self.length))


class ShelfOrderPlanner:
    def __init__(self, picker=_shuffled_picker):
        self._pick = picker


class GiftCardIssuer:
    _rng = random.Random()

    def _group(self):
        # ruleid: insecure-random-for-secret
        return "".join(self._rng.choice(string.ascii_uppercase) for _ in range(4))

    def _new_code(self):
        return "-".join(self._group() for _ in range(4))


class GiftCardShelfPlanner:
    _rng = random.Random()

    def _display_order(self, designs):
        # ok: insecure-random-for-secret
        return self._rng.sample(designs, k=len(designs))


def _closeout_code(order_id, clock: typing.Callable[[], float] = time.time):
    # ruleid: insecure-random-for-secret
    stamp = int(clock() * 1000)
    return f"{(stamp + order_id) % 1_000_000:06d}"


def _closeout_deadline(order_id, clock=time.time):
    # ok: insecure-random-for-secret
    return clock() + 900


class SignoffLinkIssuer:
    span = 24

    @staticmethod
    def _pick(letters, size):
        # ruleid: insecure-random-for-secret
        return "".join(random.choice(letters) for _ in range(size))

    @classmethod
    def mint(cls):
        return cls._pick(string.ascii_letters, cls.span)


class MirrorLinkPicker:
    @staticmethod
    def _pick(mirrors):
        # ok: insecure-random-for-secret
        return random.choice(mirrors)


class SupplierKeyIssuer:
    key_bits = 192
    _rng = random.Random()

    def _random_bytes(self):
        # ruleid: insecure-random-for-secret
        value = self._rng.getrandbits(self.key_bits)
        return value.to_bytes(self.key_bits // 8, "big")


class CacheKeyBuilder:
    _rng = random.Random()

    def _spread(self):
        # ok: insecure-random-for-secret
        value = self._rng.getrandbits(16)
        return value.to_bytes(2, "big")


@dataclasses.dataclass
class InstrumentCredential:
    instrument_serial: str
    # ruleid: insecure-random-for-secret
    key: str = dataclasses.field(default_factory=lambda: uuid.uuid1().hex)
    issued_at: datetime.datetime = dataclasses.field(default_factory=lambda: datetime.datetime.now())


@dataclasses.dataclass
class CachedExport:
    dataset: str
    # ok: insecure-random-for-secret
    key: str = dataclasses.field(default_factory=lambda: uuid.uuid1().hex)
