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

KEY_ALPHABET = string.ascii_uppercase + string.digits


class ClaimCodeIssuer:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    _rng = random.Random()

    def _candidate(self):
        # ruleid: insecure-random-for-secret
        body = "".join(self._rng.choice(self.alphabet) for _ in range(8))
        return f"CL-{body}"


class DepotRouter:
    _rng = random.Random()

    def _pick_depot(self, depots):
        # ok: insecure-random-for-secret
        return self._rng.choice(depots)


class TransferCodeService:
    def _send_with_retry(self, attempt):
        # ok: insecure-random-for-secret
        time.sleep(2**attempt + random.uniform(0, 1))

    def _backoff(self, attempt):
        # ok: insecure-random-for-secret
        delay = 2**attempt * (1 + random.random() / 2)
        time.sleep(delay)


PIN_ALPHABET = "0123456789"


class ResultPinIssuer:
    def __init__(self, repo, rng=None):
        self._repo = repo
        self._rng = rng or random.Random()

    def _new_code(self):
        # ruleid: insecure-random-for-secret
        return "".join(self._rng.choices(PIN_ALPHABET, k=6))


class RefereeDraw:
    def __init__(self, rng=None):
        self._rng = rng or random.Random()

    def pick(self, referees):
        # ok: insecure-random-for-secret
        return self._rng.choice(referees)


def _random_body(length=40):
    # ruleid: insecure-random-for-secret
    return "".join(random.choice(KEY_ALPHABET) for _ in range(length))


def issue_token(db, user_id):
    value = "qlab_" + _random_body()
    db.add_token(user_id=user_id, token_hash=hashlib.sha256(value.encode()).hexdigest())
    return value


def _pick_shard(shards):
    # ok: insecure-random-for-secret
    return random.randrange(shards)


def issue_session_token(store, user_id):
    shard = _pick_shard(store.shards)
    value = secrets.token_urlsafe(32)
    store.put(shard, user_id, value)
    return value


_psk_rng = np.random.default_rng()


def new_psk(nbytes=32):
    # ruleid: insecure-random-for-secret
    return _psk_rng.bytes(nbytes)


def new_psk_secure(nbytes=32):
    # ok: insecure-random-for-secret
    return secrets.token_bytes(nbytes)


class PhotoRedemption:
    def __init__(self, length=10):
        self._length = length
        self._rng = np.random.default_rng()

    def _next_code(self):
        # ruleid: insecure-random-for-secret
        idx = self._rng.integers(0, len(KEY_ALPHABET), size=self._length)
        return "".join(KEY_ALPHABET[i] for i in idx)

    def _photo_order(self, photos):
        # ok: insecure-random-for-secret
        return self._rng.permutation(len(photos))


@dataclasses.dataclass
class OtpService:
    _rng: np.random.Generator = dataclasses.field(default_factory=np.random.default_rng)

    def send(self, phone):
        # ruleid: insecure-random-for-secret
        digits = self._rng.integers(0, 10, size=6)
        code = "".join(str(d) for d in digits)
        return phone, code

    def retry_delay(self):
        # ok: insecure-random-for-secret
        return float(self._rng.exponential(2.0))


class WebhookSecrets:
    def refresh(self, client):
        self._keys = client.fetch()
        # ok: insecure-random-for-secret
        self._loaded_at = time.monotonic()

    def rotate(self):
        # ruleid: insecure-random-for-secret
        self._next = str(time.monotonic()).encode()


class PartnerKeys:
    def __init__(self, rng=None):
        self._rng = rng or np.random.default_rng()

    def _random_hex(self, nbytes):
        # ruleid: insecure-random-for-secret
        return self._rng.integers(0, 256, size=nbytes, dtype=np.uint8).tobytes().hex()

    def create(self, partner_slug):
        secret = "mrd_" + self._random_hex(24)
        return secret


class SeatPlanner:
    def __init__(self, rng=None):
        self._rng = rng or np.random.default_rng()

    def _jitter(self, n):
        # ok: insecure-random-for-secret
        return self._rng.integers(0, 5, size=n)

    def layout(self, rows):
        offsets = self._jitter(len(rows))
        return list(zip(rows, offsets))


def _draw(length, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ23456789", source=random):
    # ruleid: insecure-random-for-secret
    return "".join(source.choice(alphabet) for _ in range(length))


def _draw_delay(base, source=random):
    # ok: insecure-random-for-secret
    return base + source.random()


def issue_handover(order, repo):
    code = _draw(6)
    wait = _draw_delay(0.5)
    repo.save_handover_code(order.id, code, wait)


_key_rng = np.random.default_rng()


def _random_hex(nbytes):
    # ruleid: insecure-random-for-secret
    return _key_rng.bytes(nbytes).hex()


def _sample_hex(nbytes):
    # ok: insecure-random-for-secret
    return _key_rng.bytes(nbytes).hex()


def issue_district_key(store, district_id):
    plaintext = "sk_dist_" + _random_hex(32)
    key = IssuedKey(key_id=plaintext[8:16], plaintext=plaintext)
    store.save(district_id, key.key_id)
    return key


def issue_district_report(store, district_id):
    sample = _sample_hex(4)
    report = Report(sample=sample)
    return report


def _draw_code(length, alphabet=ALPHABET):
    # ruleid: insecure-random-for-secret
    return "".join(random.choices(alphabet, k=length))


def _draw_shelf(count):
    # ok: insecure-random-for-secret
    return random.sample(range(40), k=count)


@dataclasses.dataclass
class AdmissionTicket:
    slot_id: int
    code: str = dataclasses.field(default_factory=lambda: _draw_code(10))
    shelf: list = dataclasses.field(default_factory=lambda: _draw_shelf(3))


@dataclasses.dataclass
class InviteIssuer:
    token_factory = staticmethod(uuid.uuid1)
    trace_factory = staticmethod(uuid.uuid1)

    def new_token(self):
        # ruleid: insecure-random-for-secret
        return self.token_factory().hex

    def new_trace_id(self):
        # ok: insecure-random-for-secret
        return self.trace_factory().hex


class ReaderProvisioner:
    secret_factory: object = staticmethod(uuid.uuid1)

    def provision(self, serial):
        # ruleid: insecure-random-for-secret
        secret = self.secret_factory().hex
        return serial, secret


_pick = random.choice


def generate_unlock_code(length=6, alphabet=string.digits, picker=_pick):
    # ruleid: insecure-random-for-secret
    return "".join(picker(alphabet) for _ in range(length))


def _draw_claim(alphabet, length, picker=random.choices):
    # ruleid: insecure-random-for-secret
    return "".join(picker(alphabet, k=length))


def new_claim_code():
    return _draw_claim(ALPHABET, 10)


def _draw_seats(seats, count, picker=random.sample):
    # ok: insecure-random-for-secret
    return picker(seats, count)


def seating_plan(seats):
    return _draw_seats(seats, 4)
