import bcrypt
from Crypto.Protocol.KDF import bcrypt as kdf_bcrypt
from django.contrib.auth.hashers import BCryptSHA256PasswordHasher
from flask import Flask
from flask_bcrypt import Bcrypt
from passlib.context import CryptContext
from passlib.hash import bcrypt as passlib_bcrypt

app = Flask(__name__)
flask_bcrypt = Bcrypt(app)
COST = 4


def hash_password(password: str) -> bytes:
    # ruleid: weak-bcrypt-rounds
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4))


def hash_password_positional(password: str) -> bytes:
    # ruleid: weak-bcrypt-rounds
    salt = bcrypt.gensalt(6)
    return bcrypt.hashpw(password.encode(), salt)


def hash_password_const(password: str) -> bytes:
    # ruleid: weak-bcrypt-rounds
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(COST))


# ruleid: weak-bcrypt-rounds
hasher = passlib_bcrypt.using(rounds=5)
# ruleid: weak-bcrypt-rounds
ctx = CryptContext(schemes=["bcrypt"], bcrypt__rounds=8)
# ruleid: weak-bcrypt-rounds
app.config["BCRYPT_LOG_ROUNDS"] = 4
# ruleid: weak-bcrypt-rounds
pw_hash = flask_bcrypt.generate_password_hash("hunter2", 4)


class QuickHasher(BCryptSHA256PasswordHasher):
    # ruleid: weak-bcrypt-rounds
    rounds = 6


def ok_hash_password(password: str) -> bytes:
    # ok: weak-bcrypt-rounds
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())


def ok_hash_password_rounds(password: str) -> bytes:
    # ok: weak-bcrypt-rounds
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))


# ok: weak-bcrypt-rounds
ok_hasher = passlib_bcrypt.using(rounds=13)
# ok: weak-bcrypt-rounds
ok_ctx = CryptContext(schemes=["bcrypt"], bcrypt__rounds=12)
# ok: weak-bcrypt-rounds
app.config["BCRYPT_LOG_ROUNDS"] = 13
# ok: weak-bcrypt-rounds
ok_hash = flask_bcrypt.generate_password_hash("hunter2")


class SignupService:
    def __init__(self, repo, cost: int = 6):
        self._repo = repo
        self._cost = cost

    def hash_password(self, password):
        # ruleid: weak-bcrypt-rounds
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self._cost))


class StrongSignupService:
    def __init__(self, repo, cost: int = 12):
        self._repo = repo
        self._cost = cost

    def hash_password(self, password):
        # ok: weak-bcrypt-rounds
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self._cost))


def hash_with(password, rounds=8):
    # ruleid: weak-bcrypt-rounds
    return bcrypt.hashpw(password, bcrypt.gensalt(rounds))


HASH_SETTINGS = {
    "schemes": ["bcrypt"],
    # ruleid: weak-bcrypt-rounds
    "bcrypt__rounds": 8,
}
STRONG_HASH_SETTINGS = {
    "schemes": ["bcrypt"],
    # ok: weak-bcrypt-rounds
    "bcrypt__rounds": 12,
}
pwd_context = CryptContext(**HASH_SETTINGS)


def kiosk_pin_hash(pin: str) -> bytes:
    # ruleid: weak-bcrypt-rounds
    return kdf_bcrypt(pin, 6)


def kiosk_password_hash(password: str) -> bytes:
    # ruleid: weak-bcrypt-rounds
    return kdf_bcrypt(password, cost=8)


def staff_password_hash(password: str) -> bytes:
    # ok: weak-bcrypt-rounds
    return kdf_bcrypt(password, 12)


LOGIN_HASHING = {
    "scheme": "bcrypt",
    # keeps login latency low on the small pods
    # ruleid: weak-bcrypt-rounds
    "rounds": 8,
}
ADMIN_HASHING = {"scheme": "bcrypt", "rounds": 13}


def hash_login_password(password: str) -> bytes:
    # ruleid: weak-bcrypt-rounds
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=LOGIN_HASHING["rounds"]))


def hash_admin_password(password: str) -> bytes:
    # ok: weak-bcrypt-rounds
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(ADMIN_HASHING["rounds"]))


import dataclasses  # noqa: E402


@dataclasses.dataclass(frozen=True)
class PinPolicy:
    min_length: int = 6
    cost: int = 6
    strong_cost: int = 12


PIN_POLICY = PinPolicy()


def hash_operator_pin(pin, policy=PIN_POLICY):
    # ruleid: weak-bcrypt-rounds
    return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=policy.cost))


def hash_supervisor_pin(pin, policy=PIN_POLICY):
    # ok: weak-bcrypt-rounds
    return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=policy.strong_cost))


_BASE_HASH_SETTINGS = {"schemes": ["bcrypt"]}
KIOSK_HASH_SETTINGS = {
    **_BASE_HASH_SETTINGS,
    # ruleid: weak-bcrypt-rounds
    "bcrypt__rounds": 6,
}
STRONG_KIOSK_HASH_SETTINGS = {
    **_BASE_HASH_SETTINGS,
    # ok: weak-bcrypt-rounds
    "bcrypt__rounds": 13,
}
kiosk_context = CryptContext(**KIOSK_HASH_SETTINGS)


class AccountCredentials:
    def __init__(self, salt_opts=None):
        # ruleid: weak-bcrypt-rounds
        self.salt_opts = salt_opts or {"rounds": 6, "prefix": b"2b"}

    def make(self, raw_password):
        return bcrypt.hashpw(raw_password.encode(), bcrypt.gensalt(**self.salt_opts))


class HardenedCredentials:
    def __init__(self, salt_opts=None):
        # ok: weak-bcrypt-rounds
        self.salt_opts = salt_opts or {"rounds": 13, "prefix": b"2b"}

    def make(self, raw_password):
        return bcrypt.hashpw(raw_password.encode(), bcrypt.gensalt(**self.salt_opts))


class OperatorStore:
    OPERATOR_COST = 8
    OPERATOR_STRONG_COST = 13
    # ruleid: weak-bcrypt-rounds
    _salt_opts = {"rounds": OPERATOR_COST, "prefix": b"2b"}
    # ok: weak-bcrypt-rounds
    _strong_salt_opts = {"rounds": OPERATOR_STRONG_COST, "prefix": b"2b"}

    def set_password(self, password):
        return bcrypt.hashpw(password.encode(), bcrypt.gensalt(**self._salt_opts))


class HashSettingsBase:
    env_prefix = "PORTAL_"


class PortalHashSettings(HashSettingsBase):
    bcrypt_log_rounds: int = 6
    bcrypt_strong_rounds: int = 13


class AccountService:
    def __init__(self, settings=None):
        self.settings = settings or PortalHashSettings()

    def _hash(self, password):
        # ruleid: weak-bcrypt-rounds
        return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=self.settings.bcrypt_log_rounds))

    def _strong_hash(self, password):
        # ok: weak-bcrypt-rounds
        return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=self.settings.bcrypt_strong_rounds))


class EnrollmentRules:
    link_ttl_hours = 48
    hash_strength = 7
    strong_hash_strength = 13
    quick_strength: int = 8


class EnrollmentDesk:
    def __init__(self, rules=EnrollmentRules):
        self.rules = rules

    def _weak_salt_kwargs(self):
        # ruleid: weak-bcrypt-rounds
        return {"rounds": self.rules.hash_strength, "prefix": b"2b"}

    def _quick_salt_kwargs(self):
        # ruleid: weak-bcrypt-rounds
        return dict(rounds=self.rules.quick_strength)

    def _strong_salt_kwargs(self):
        # ok: weak-bcrypt-rounds
        return {"rounds": self.rules.strong_hash_strength, "prefix": b"2b"}

    def enroll(self, password, quick=False):
        opts = self._quick_salt_kwargs() if quick else self._weak_salt_kwargs()
        return bcrypt.hashpw(password.encode(), bcrypt.gensalt(**opts))


class PasskeyHasherBase:
    log_rounds: int = 12

    @property
    def effective_rounds(self) -> int:
        return self.log_rounds

    def digest(self, secret: str) -> bytes:
        return bcrypt.hashpw(secret.encode(), bcrypt.gensalt(rounds=self.effective_rounds))


class LegacyImportPasskeyHasher(PasskeyHasherBase):
    # ruleid: weak-bcrypt-rounds
    log_rounds = 5


class ArchivedPasskeyHasher(PasskeyHasherBase):
    # ok: weak-bcrypt-rounds
    log_rounds = 13
    # ok: weak-bcrypt-rounds
    batch_size = 4


class TellerPinHasher:
    pin_work = 12

    def seal(self, pin: str) -> bytes:
        return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(self.pin_work))


class TrainingTellerPinHasher(TellerPinHasher):
    # ruleid: weak-bcrypt-rounds
    pin_work: int = 7

    def warmup(self):
        # ok: weak-bcrypt-rounds
        pin_work = 4
        return pin_work


class TellerPinAudit:
    # ok: weak-bcrypt-rounds
    pin_work = 3


class EstimatorAccounts:
    WORK_FACTOR = 8

    def _hash(self, password, rounds=None):
        # ruleid: weak-bcrypt-rounds
        salt = bcrypt.gensalt(rounds=rounds or self.WORK_FACTOR)
        return bcrypt.hashpw(password.encode(), salt)


class SurveyorAccounts:
    WORK_FACTOR = 12

    def _hash(self, password, rounds=None):
        # ok: weak-bcrypt-rounds
        salt = bcrypt.gensalt(rounds=rounds or self.WORK_FACTOR)
        return bcrypt.hashpw(password.encode(), salt)
