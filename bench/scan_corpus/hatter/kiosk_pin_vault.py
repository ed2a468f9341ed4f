"""Showroom kiosk PINs that let returning clients pull up their saved head measurements."""
import hashlib
import hmac
import os
from dataclasses import dataclass

from hatter.repositories import ClientRepository


@dataclass(frozen=True)
class ScryptCost:
    n: int = 2 ** 15
    r: int = 8
    p: int = 1
    dklen: int = 32
    maxmem: int = 64 * 1024 * 1024


class KioskPinVault:
    def __init__(self, repo: ClientRepository, cost: ScryptCost = ScryptCost()):
        self.repo = repo
        self.cost = cost

    def _stretch(self, pin: str, salt: bytes) -> bytes:
        return hashlib.scrypt(
            pin.encode(),
            salt=salt,
            n=self.cost.n,
            r=self.cost.r,
            p=self.cost.p,
            dklen=self.cost.dklen,
            maxmem=self.cost.maxmem,
        )

    def set_pin(self, client_id: int, pin: str) -> None:
        if len(pin) != 6 or not pin.isdigit():
            raise ValueError("kiosk PIN must be six digits")
        salt = os.urandom(16)
        self.repo.save_kiosk_pin(client_id, salt=salt, digest=self._stretch(pin, salt))

    def unlock(self, client_id: int, pin: str) -> dict | None:
        record = self.repo.kiosk_pin(client_id)
        if record is None or record.locked:
            return None
        if not hmac.compare_digest(self._stretch(pin, record.salt), record.digest):
            self.repo.register_failed_pin(client_id)
            return None
        return self.repo.head_measurements(client_id)
