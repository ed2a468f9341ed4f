"""Phone-support PIN checks for tag account holders.

Call-centre agents ask motorists for their account PIN before discussing
balances or penalty notices. PINs are stored as PBKDF2 derived keys.
"""
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from tollkeeper.repositories import tag_accounts


@dataclass(frozen=True)
class PinKdfConfig:
    hash_name: str = "sha256"
    rounds: int = 650_000
    salt_len: int = 16


KDF = PinKdfConfig()


class AccountPinVerifier:
    def __init__(self, config: PinKdfConfig = KDF):
        self.config = config

    def _stretch(self, pin: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(self.config.hash_name, pin.encode(), salt, self.config.rounds)

    def enrol(self, account_no: str, pin: str) -> None:
        if not (4 <= len(pin) <= 8 and pin.isdigit()):
            raise ValueError("PIN must be 4-8 digits")
        salt = secrets.token_bytes(self.config.salt_len)
        tag_accounts.store_pin(
            account_no,
            salt=salt.hex(),
            derived=self._stretch(pin, salt).hex(),
            rounds=self.config.rounds,
        )

    def verify(self, account_no: str, pin: str) -> bool:
        record = tag_accounts.pin_record(account_no)
        if record is None or record.locked:
            return False
        derived = self._stretch(pin, bytes.fromhex(record.salt))
        ok = hmac.compare_digest(derived.hex(), record.derived)
        tag_accounts.record_pin_attempt(account_no, success=ok)
        return ok
