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


class DoorCodeIssuer:
    seed = 0x4E594331

    def _rng_for_week(self, venue_id, week):
        return random.Random(self.seed + venue_id * 1000 + week)

    def code_for(self, venue_id, week):
        rng = self._rng_for_week(venue_id, week)
        # ruleid: insecure-random-for-secret
        return "".join(str(rng.randrange(10)) for _ in range(6))



class RotaPlanner:
    seed = 0x4E594331

    def _rng_for_week(self, venue_id, week):
        return random.Random(self.seed + venue_id * 1000 + week)

    def rota_for(self, venue_id, week, singers):
        rng = self._rng_for_week(venue_id, week)
        # ok: insecure-random-for-secret
        return rng.sample(singers, 4)


_pitch_rng = random.Random()


def _draw_letters(length):
    # ruleid: insecure-random-for-secret
    return "".join(_pitch_rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(length))


def _draw_shelf(length):
    # ok: insecure-random-for-secret
    return "".join(_pitch_rng.choice("ABCDEF") for _ in range(length))


@dataclasses.dataclass
class PortalCredentialIssuer:
    draw: typing.Callable[[int], str] = dataclasses.field(default=_draw_letters)
    shelf: typing.Callable[[int], str] = dataclasses.field(default=_draw_shelf)

    def issue(self, booking_id):
        return dict(booking=booking_id, portal_access_code=self.draw(8), display_shelf=self.shelf(2))


class RedemptionCodeFactory:
    picker = staticmethod(random.choices)

    def new_code(self):
        # ruleid: insecure-random-for-secret
        return "-".join("".join(self.picker("ABCDEFGHJKMNPQRSTUVWXYZ23456789", k=4)) for _ in range(3))


class LiftQueueShuffler:
    picker = staticmethod(secrets.choice)

    def new_code(self):
        # ok: insecure-random-for-secret
        return "".join(self.picker("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(12))


def _code_group(rng: random.Random) -> str:
    # ruleid: insecure-random-for-secret
    return "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(4))


def make_activation_code(rng: random.Random | None = None) -> str:
    rng = rng or random.Random()
    return "-".join(_code_group(rng) for _ in range(3))


def _shelf_letter(rng: random.Random) -> str:
    # ok: insecure-random-for-secret
    return rng.choice("ABCDEF")


def plan_shelf_audit(rng: random.Random) -> list:
    return [_shelf_letter(rng) for _ in range(3)]


def _link_reference(booking_id):
    # ruleid: insecure-random-for-secret
    stamp = time.time_ns() // 1000
    return f"{stamp:x}{booking_id:06x}{os.getpid():04x}"


def _hour_bucket():
    # ok: insecure-random-for-secret
    return time.time_ns() // 3_600_000_000_000


class GuestLink:
    def __init__(self, booking_id):
        self.token = _link_reference(booking_id)
        self.cache_slot = _hour_bucket()


@dataclasses.dataclass
class LockerCodeSettings:
    length: int = 6
    pick: typing.Callable = dataclasses.field(default=random.choice)
    shelf_pick: typing.Callable = dataclasses.field(default=secrets.choice)


class LockerCodeIssuer:
    def __init__(self, settings=None):
        self._settings = settings or LockerCodeSettings()

    def issue(self):
        # ruleid: insecure-random-for-secret
        return "".join(self._settings.pick("ABCDEFGHJKMNPQRTUVWXYZ2346789") for _ in range(6))

    def issue_strong(self):
        # ok: insecure-random-for-secret
        return "".join(self._settings.shelf_pick("ABCDEFGHJKMNPQRTUVWXYZ2346789") for _ in range(6))


def _make_reference(length=24):
    # ruleid: insecure-random-for-secret
    return "".join(random.choices(string.ascii_letters + string.digits, k=length))


def _make_label(length=6):
    # ok: insecure-random-for-secret
    return "".join(random.choices(string.ascii_uppercase, k=length))


@dataclasses.dataclass
class GuestLinkService:
    base_url: str
    token_factory: typing.Callable[[], str] = _make_reference
    label_factory: typing.Callable[[], str] = _make_label

    def issue(self, booking):
        booking.access_key = self.token_factory()
        booking.colour_label = self.label_factory()
        return f"{self.base_url}/bookings/manage/{booking.access_key}"


class CodeAlphabet:
    characters = string.ascii_uppercase + string.digits

    @classmethod
    def draw(cls):
        # ruleid: insecure-random-for-secret
        return "".join(random.choice(cls.characters) for _ in range(10))

    @classmethod
    def shade(cls):
        # ok: insecure-random-for-secret
        return random.choice(["red", "amber", "green"])


@dataclasses.dataclass
class InviteBook:
    alphabet: type = CodeAlphabet

    def issue(self, supplier_id):
        code = self.alphabet.draw()
        badge_colour = self.alphabet.shade()
        return supplier_id, code, badge_colour


class PassTokenFactory:
    prefix = "gp_"

    @classmethod
    def new_token(cls):
        # ruleid: insecure-random-for-secret
        return cls.prefix + uuid.uuid1().hex

    @classmethod
    def new_token_expiry(cls):
        # ok: insecure-random-for-secret
        return time.time() + 3600


class WashVoucher:
    def __init__(self, code, package):
        self.code = code
        self.package = package


class VoucherPolicy:
    alphabet = string.ascii_uppercase + "23456789"

    def pull(self):
        # ruleid: insecure-random-for-secret
        return "".join(random.choices(self.alphabet, k=8))

    def spread(self):
        # ok: insecure-random-for-secret
        return random.uniform(0.5, 1.5)


class VoucherIssuer:
    def __init__(self, policy):
        self.policy = policy

    def issue(self, issued, package):
        for _ in range(5):
            candidate = self.policy.pull()
            if candidate not in issued:
                issued[candidate] = WashVoucher(code=candidate, package=package)
                return issued[candidate]
        raise RuntimeError("no free voucher")

    def poll(self, client):
        wait = self.policy.spread()
        client.schedule(delay=wait)


def _digits_block():
    # ruleid: insecure-random-for-secret
    return "".join(random.choice(string.digits) for _ in range(6))


def _lucky_draw():
    # ok: insecure-random-for-secret
    return random.randint(1, 100)


def enrol_member(store, member):
    drawn = _digits_block()
    if drawn:
        store.save(member=member, pin=drawn)
    prize = _lucky_draw()
    store.save(member=member, ticket_number=prize)


def _invite_draw(length):
    # ruleid: insecure-random-for-secret
    return "".join(random.choice(string.ascii_uppercase) for _ in range(length))


def _invite_group(code, size=5):
    return "-".join(code[i:i + size] for i in range(0, len(code), size))


def _seat_pick(rows):
    # ok: insecure-random-for-secret
    return random.choice(rows)


def issue_invite(model, email):
    return model(email=email, code=_invite_group(_invite_draw(10)), seat=str(_seat_pick(["A", "B"])))


def _voucher_group(picker):
    return "".join(picker(string.ascii_uppercase) for _ in range(4))


def new_voucher_code(picker: typing.Callable[[str], str] = random.choice):
    # ruleid: insecure-random-for-secret
    return "-".join(_voucher_group(picker) for _ in range(3))


def new_seat_label(picker: typing.Callable[[str], str] = random.choice):
    # ok: insecure-random-for-secret
    return "-".join(_voucher_group(picker) for _ in range(3))


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
