import logging

import pyotp

log = logging.getLogger(__name__)


class OverrideService:
    def __init__(self, secrets_repo):
        self.secrets_repo = secrets_repo

    def _code_is_current(self, manager_id, code):
        seed = self.secrets_repo.totp_seed_for(manager_id)
        if not seed:
            return False
        # ruleid: timing-unsafe-comparison
        return pyotp.TOTP(seed).now() == code.strip()

    def _counter_code_matches(self, manager_id, code, counter):
        hotp = pyotp.HOTP(self.secrets_repo.hotp_seed_for(manager_id))
        # ruleid: timing-unsafe-comparison
        if code != hotp.at(counter):
            return False
        return True

    def _code_is_current_checked(self, manager_id, code):
        seed = self.secrets_repo.totp_seed_for(manager_id)
        # ok: timing-unsafe-comparison
        return pyotp.TOTP(seed).verify(code.strip(), valid_window=1)

    def _interval_is_default(self, manager_id):
        totp = pyotp.TOTP(self.secrets_repo.totp_seed_for(manager_id))
        # ok: timing-unsafe-comparison
        return totp.interval == 30


import hashlib
import json
from functools import lru_cache

from fastapi import Header, HTTPException


@lru_cache(maxsize=1)
def _machine_keys():
    with open("/etc/joinery/machine_keys.json") as fh:
        return {machine: list(keys) for machine, keys in json.load(fh).items()}


@lru_cache(maxsize=1)
def _machine_names():
    with open("/etc/joinery/machines.json") as fh:
        return json.load(fh)


def authorised_machine(x_machine_id: str = Header(...), x_machine_key: str = Header(...)) -> str:
    allowed = _machine_keys().get(x_machine_id, [])
    # ruleid: timing-unsafe-comparison
    if x_machine_key not in allowed:
        raise HTTPException(status_code=401)
    return x_machine_id


def known_machine(x_machine_id: str = Header(...)) -> str:
    known = _machine_names()
    # ok: timing-unsafe-comparison
    if x_machine_id not in known:
        raise HTTPException(status_code=404)
    return x_machine_id


def complete_signoff(challenge, body):
    if challenge is None:
        raise HTTPException(410)
    # ruleid: timing-unsafe-comparison
    if challenge.code != body.code.strip():
        raise HTTPException(403, "wrong code")
    # ok: timing-unsafe-comparison
    if challenge.status != "open":
        raise HTTPException(409)
    return True


def derive(password, salt):
    return hashlib.scrypt(password.encode(), salt=salt, n=2**15, r=8, p=1).hex()


def manager_login(manager, password):
    # ruleid: timing-unsafe-comparison
    if derive(password, manager.salt) == manager.scrypt_hash:
        return manager
    # ok: timing-unsafe-comparison
    if manager.scrypt_hash == "":
        return None
    return None
