from dataclasses import dataclass

from passlib.context import CryptContext


@dataclass(frozen=True)
class LoginHashSettings:
    scheme: str = "pbkdf2_sha256"
    rounds: int = 25_000
    deprecated: str = "auto"


@dataclass(frozen=True)
class HardenedHashSettings:
    scheme: str = "pbkdf2_sha256"
    default_rounds: int = 650_000


class KioskHashSettings:
    scheme = "pbkdf2_sha1"
    iterations = 40000


@dataclass(frozen=True)
class BcryptHashSettings:
    scheme: str = "bcrypt"
    bcrypt_rounds: int = 12


LOGIN = LoginHashSettings()
HARDENED = HardenedHashSettings()


def make_login_context(cfg: LoginHashSettings = LOGIN) -> CryptContext:
    opts = {f"{cfg.scheme}__rounds": cfg.rounds}
    # ruleid: weak-pbkdf2-iterations
    return CryptContext(schemes=[cfg.scheme], deprecated=cfg.deprecated, **opts)


def make_kiosk_context(cfg=KioskHashSettings):
    # ruleid: weak-pbkdf2-iterations
    return CryptContext(schemes=[cfg.scheme], pbkdf2_sha1__rounds=cfg.iterations)


def make_hardened_context(cfg: HardenedHashSettings = HARDENED) -> CryptContext:
    opts = {f"{cfg.scheme}__default_rounds": cfg.default_rounds}
    # ok: weak-pbkdf2-iterations
    return CryptContext(schemes=[cfg.scheme], **opts)


def make_bcrypt_context(cfg=BcryptHashSettings()):
    # ok: weak-pbkdf2-iterations
    return CryptContext(schemes=[cfg.scheme], bcrypt__rounds=cfg.bcrypt_rounds)


class MixedHashSettings:
    scheme = "bcrypt"
    fallback_scheme = "pbkdf2_sha256"
    rounds = 12


def make_mixed_context(cfg=MixedHashSettings):
    # ok: weak-pbkdf2-iterations
    return CryptContext(schemes=[cfg.scheme, cfg.fallback_scheme], bcrypt__rounds=cfg.rounds)
