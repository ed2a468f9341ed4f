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


class SupplierKeyManager:
    @staticmethod
    def _generate():
        # ruleid: insecure-random-for-secret
        return "sk_" + uuid.uuid1().hex


class ThumbnailCacheKeyManager:
    @staticmethod
    def _generate():
        # ok: insecure-random-for-secret
        return "tc_" + uuid.uuid1().hex


def _six_digits():
    # ruleid: insecure-random-for-secret
    return f"{random.randint(0, 999_999):06d}"


def _shelf_slot():
    # ok: insecure-random-for-secret
    return random.randint(1, 40)


@dataclasses.dataclass
class GateCode:
    delivery_id: str
    code: str = dataclasses.field(default_factory=_six_digits, repr=False)
    shelf: int = dataclasses.field(default_factory=_shelf_slot)
