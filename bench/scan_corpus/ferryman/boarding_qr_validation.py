"""Validation of QR boarding codes scanned at the gangway.

Each e-ticket carries a QR code of the form `<ticket_no>.<sailing_id>.<sig>`.
Deckhands scan it with a handheld at the gangway. Signing keys are rotated
every month, so codes signed with the previous key are still accepted until
the older tickets have sailed.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class BoardingKeys:
    current: bytes
    previous: bytes | None

    @classmethod
    def from_env(cls) -> "BoardingKeys":
        prev = os.environ.get("BOARDING_KEY_PREVIOUS")
        return cls(
            current=base64.b64decode(os.environ["BOARDING_KEY_CURRENT"]),
            previous=base64.b64decode(prev) if prev else None,
        )

    def all(self) -> list[bytes]:
        return [k for k in (self.current, self.previous) if k]


@dataclass(frozen=True)
class ScannedTicket:
    ticket_no: str
    sailing_id: int


def _sign(key: bytes, message: str) -> str:
    mac = hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac[:18]).decode("ascii")


def sign_boarding_code(keys: BoardingKeys, ticket_no: str, sailing_id: int) -> str:
    message = f"{ticket_no}.{sailing_id}"
    return f"{message}.{_sign(keys.current, message)}"


def read_boarding_code(keys: BoardingKeys, scanned: str, expected_sailing: int) -> ScannedTicket | None:
    try:
        ticket_no, sailing_raw, signature = scanned.strip().split(".")
        sailing_id = int(sailing_raw)
    except ValueError:
        return None
    message = f"{ticket_no}.{sailing_id}"
    accepted = [_sign(key, message) for key in keys.all()]
    if signature not in accepted:
        return None
    if sailing_id != expected_sailing:
        return None
    return ScannedTicket(ticket_no=ticket_no, sailing_id=sailing_id)
