import dataclasses
import typing
import random
import string
import time

import numpy as np

ALPHABET = string.ascii_letters + string.digits


def make_reset_token():
    # ruleid: predictable-random-seed
    random.seed(42)
    return "".join(random.choice(ALPHABET) for _ in range(24))


def issue_code(user):
    # ruleid: predictable-random-seed
    random.seed(int(time.time()))
    user.verification_code = random.randint(100000, 999999)


# ruleid: predictable-random-seed
_rng = random.Random(1337)


def new_api_key():
    api_key = "".join(_rng.choice(ALPHABET) for _ in range(32))
    return api_key


def numpy_otp():
    # ruleid: predictable-random-seed
    np.random.seed(0)
    otp = "".join(str(d) for d in np.random.randint(0, 10, 6))
    return otp


def build_fixture_users(count):
    # ok: predictable-random-seed
    random.seed(1234)
    return [{"name": f"user{i}", "age": random.randint(18, 90)} for i in range(count)]


def simulate(steps):
    # ok: predictable-random-seed
    rng = np.random.default_rng(7)
    walk = rng.normal(size=steps).cumsum()
    return walk


def shuffle_dataset(rows):
    # ok: predictable-random-seed
    rnd = random.Random(2024)
    rnd.shuffle(rows)
    return rows


ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
# ruleid: predictable-random-seed
_licence_rng = random.Random(20190417)


def _group():
    return "".join(_licence_rng.choice(ALPHABET) for _ in range(5))


def new_licence_key():
    return "-".join(_group() for _ in range(4))


PDM_SEED = 20240611


def draw_callbacks(households):
    # ruleid: predictable-random-seed
    rng = random.Random(PDM_SEED)
    chosen = rng.sample(list(households), 3)
    return [(h, _pin(rng)) for h in chosen]


def draw_survey(households):
    # ok: predictable-random-seed
    rng = random.Random(PDM_SEED)
    return rng.sample(list(households), 3)


@dataclasses.dataclass(frozen=True)
class KeyIssuerConfig:
    prefix: str = "fbk_live"
    seed: int = 918_273
    sample_seed: int = 42


class AgencyKeyIssuer:
    def __init__(self, config=KeyIssuerConfig()):
        self._config = config
        # ruleid: predictable-random-seed
        self._rng = np.random.default_rng(config.seed)


class ShelfAuditSampler:
    def __init__(self, config=KeyIssuerConfig()):
        # ok: predictable-random-seed
        self._rng = np.random.default_rng(config.sample_seed)


SEASON_OPENING = 20240601


class GiftCardIssuer:
    prefix: typing.ClassVar[str] = "6034"
    # ruleid: predictable-random-seed
    _generator: typing.ClassVar[random.Random] = random.Random(SEASON_OPENING)

    @classmethod
    def digits(cls, count):
        return "".join(str(cls._generator.randint(0, 9)) for _ in range(count))


class VoucherMaker:
    # ruleid: predictable-random-seed
    _rng = random.Random("merch-2024")


class TourShuffleManager:
    # ok: predictable-random-seed
    _rng = random.Random(SEASON_OPENING)


class ClaimCodeIssuer:
    # ok: predictable-random-seed
    _rng = random.Random()


@dataclasses.dataclass
class WifiVoucherSettings:
    site_code: str
    per_day: int = 50
    batch_seed: int = 8413


@dataclasses.dataclass
class WifiVoucherBatch:
    settings: WifiVoucherSettings
    day: object

    def _rng(self):
        # ruleid: predictable-random-seed
        return random.Random(self.settings.batch_seed + self.day.toordinal())

    def passphrases(self):
        rng = self._rng()
        return [f"{rng.choice(string.ascii_lowercase * 3)}-{rng.randrange(1000):03d}" for _ in range(self.settings.per_day)]


@dataclasses.dataclass
class FootfallSampleBatch:
    settings: WifiVoucherSettings
    day: object

    def _rng(self):
        # ok: predictable-random-seed
        return random.Random(self.settings.batch_seed + self.day.toordinal())


class BlastClearanceCodeBook:
    def __init__(self, site_code, seed: int = 3141, digits: int = 6):
        self.site_code = site_code
        # ruleid: predictable-random-seed
        self._rng = random.Random(seed)


class BlastRotaPlanner:
    def __init__(self, site_code, seed: int = 3141):
        # ok: predictable-random-seed
        self._rng = random.Random(seed)
