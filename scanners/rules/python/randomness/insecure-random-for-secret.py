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



def create_reset(user):
    # ruleid: insecure-random-for-secret
    user.reset_token = "".join(random.choice(ALPHABET) for _ in range(32))


def send_otp(phone):
    # ruleid: insecure-random-for-secret
    otp = randint(100000, 999999)
    return otp


def login(session):
    # ruleid: insecure-random-for-secret
    session["csrf_token"] = "%032x" % random.getrandbits(128)


def new_salt():
    # ruleid: insecure-random-for-secret
    salt = bytes(random.randrange(256) for _ in range(16))
    return salt


def generate_password(length=12):
    # ruleid: insecure-random-for-secret
    return "".join(random.choices(ALPHABET, k=length))


def generate_api_key():
    rng = random.Random()
    # ruleid: insecure-random-for-secret
    return "".join(rng.choice(ALPHABET) for _ in range(40))


def make_verification_code():
    # ruleid: insecure-random-for-secret
    digits = np.random.randint(0, 10, size=6)
    return "".join(map(str, digits))


def issue_session(user_id):
    # ruleid: insecure-random-for-secret
    session_id = hashlib.md5(f"{user_id}{time.time()}".encode()).hexdigest()
    return session_id


def issue_invite():
    # ruleid: insecure-random-for-secret
    invite_token = str(uuid.uuid1())
    return invite_token


def ok_tokens(user):
    # ok: insecure-random-for-secret
    user.reset_token = secrets.token_urlsafe(32)
    # ok: insecure-random-for-secret
    otp = secrets.randbelow(1_000_000)
    # ok: insecure-random-for-secret
    password = "".join(secrets.choice(ALPHABET) for _ in range(16))
    # ok: insecure-random-for-secret
    token = random.SystemRandom().choice(ALPHABET)
    return otp, password, token


def retry_with_backoff(attempt):
    # ok: insecure-random-for-secret
    delay = min(30, 2**attempt) + random.uniform(0, 1)
    time.sleep(delay)


def pick_server(servers):
    # ok: insecure-random-for-secret
    server = random.choice(servers)
    return server


def make_token_payload(user):
    # ok: insecure-random-for-secret
    token_expiry = time.time() + 3600
    # ok: insecure-random-for-secret
    payload = {"sub": user.id, "iat": time.time(), "jti": str(uuid.uuid4())}
    return token_expiry, payload


def sample_rows(rows):
    # ok: insecure-random-for-secret
    subset = random.sample(rows, k=10)
    return subset


def test_token_roundtrip():
    # ok: insecure-random-for-secret
    token = "".join(random.choice(ALPHABET) for _ in range(8))
    assert decode(encode(token)) == token


def mint_token(db, user_id):
    token = secrets.token_urlsafe(32)
    # ok: insecure-random-for-secret
    db.add(AccessToken(user_id=user_id, token_hash=hash_token(token), created_at=datetime.datetime.now(datetime.timezone.utc)))
    return token


def revoke_token(record):
    # ok: insecure-random-for-secret
    record.revoked_at = datetime.datetime.now(datetime.timezone.utc)


def new_licence_key():
    # ruleid: insecure-random-for-secret
    return "-".join("".join(random.choice(ALPHABET) for _ in range(5)) for _ in range(4))


class ExamAccessCodes:
    _rng = random.Random()

    def _new_code(self):
        # ruleid: insecure-random-for-secret
        return "".join(self._rng.choice(ALPHABET) for _ in range(8))

    def _shuffle_seats(self, seats):
        # ok: insecure-random-for-secret
        self._rng.shuffle(seats)
        return seats


def generate_codes(count=10):
    # ruleid: insecure-random-for-secret
    return ["".join(random.choices(ALPHABET, k=10)) for _ in range(count)]


def _signing_key(kid, jwks):
    # ok: insecure-random-for-secret
    keys = jwks(int(time.time() // 3600))
    return keys[kid]


def _draw(alphabet, length):
    # ruleid: insecure-random-for-secret
    return "".join(random.choice(alphabet) for _ in range(length))


class HandoverCodeIssuer:
    def issue(self, control_room):
        code = _draw(ALPHABET, 8)
        return control_room, code


def _pick(options):
    # ok: insecure-random-for-secret
    return random.choice(options)


def assign_truck(trucks):
    truck = _pick(trucks)
    return truck


def complete_password_reset(requests, token_digest):
    # ok: insecure-random-for-secret
    now = datetime.datetime.now(datetime.timezone.utc)
    return [r for r in requests if r.digest == token_digest and r.expires_at > now]


def issue_reset_token():
    # ruleid: insecure-random-for-secret
    token = str(datetime.datetime.now().timestamp()).replace(".", "")
    return token


def _random_string(length, alphabet=ALPHABET):
    # ruleid: insecure-random-for-secret
    return "".join(random.choice(alphabet) for _ in range(length))


class UploadLink:
    @classmethod
    def issue(cls, claim):
        return cls.objects.create(claim=claim, token=_random_string(40))


def issue_unsubscribe_link(Link, supporter):
    # ruleid: insecure-random-for-secret
    return Link.objects.create(supporter=supporter, token=uuid.uuid1().hex)


def record_visit(Visit, supporter):
    # ok: insecure-random-for-secret
    return Visit.objects.create(supporter=supporter, visit_id=uuid.uuid1().hex, jitter=random.random())


def issue_key(conn, owner):
    raw = "mlr_" + secrets.token_urlsafe(32)
    conn.execute(
        "INSERT INTO api_keys (owner, key_sha256, created_at) VALUES (%s, %s, %s)",
        # ok: insecure-random-for-secret
        (owner, hashlib.sha256(raw.encode()).hexdigest(), datetime.datetime.now(datetime.timezone.utc)),
    )
    return raw


def issue_clock_key(owner):
    # ruleid: insecure-random-for-secret
    return (owner, f"{owner}-{time.time_ns()}")


_rng = np.random.default_rng()


class RedemptionDesk:
    def issue(self, round_id):
        # ruleid: insecure-random-for-secret
        digits = _rng.integers(0, 10, size=6)
        code = "".join(str(int(d)) for d in digits)
        offsets = _rng.integers(0, 30, size=3)
        # ok: insecure-random-for-secret
        schedule = [round_id + int(o) for o in offsets]
        return code, schedule


def _pin(rng: random.Random) -> str:
    # ruleid: insecure-random-for-secret
    return f"{rng.randint(0, 999999):06d}"


def _jitter(rng: random.Random) -> float:
    # ok: insecure-random-for-secret
    return rng.uniform(0, 2.5)


KEY_ALPHABET = string.ascii_uppercase + string.digits


def _block():
    # ruleid: insecure-random-for-secret
    return "".join(random.choices(KEY_ALPHABET, k=5))


def format_seat_key():
    return "-".join(_block() for _ in range(5))


def _mirror_order(mirrors):
    # ok: insecure-random-for-secret
    return random.sample(mirrors, len(mirrors))


def download_plan(mirrors):
    return {"mirrors": _mirror_order(mirrors)}


def create_activation(order_id, mirrors):
    code = secrets.token_urlsafe(12)
    shuffled = list(mirrors)
    # ok: insecure-random-for-secret
    random.shuffle(shuffled)
    return {"code": code, "mirrors": shuffled}
