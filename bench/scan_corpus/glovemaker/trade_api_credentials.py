"""Credentials for distributor API access and counter pickup.

Integration keys are long random strings shown once; pickup codes are short
codes read out at the trade counter when a distributor collects an order.
"""
import hashlib
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from secrets import token_urlsafe as make_token

PICKUP_ALPHABET = "ACDEFGHJKMNPQRTUVWXY3479"
PICKUP_LENGTH = 8
PICKUP_TTL = timedelta(days=3)

_sysrand = random.SystemRandom()


@dataclass
class ApiCredential:
    key_id: str
    secret: str
    partner_id: int

    def lookup_hash(self) -> str:
        return hashlib.sha256(self.secret.encode("ascii")).hexdigest()


def new_api_credential(partner_id: int) -> ApiCredential:
    key_id = make_token(6)
    secret = make_token(32)
    return ApiCredential(key_id=key_id, secret=secret, partner_id=partner_id)


def new_pickup_code() -> str:
    chars = _sysrand.choices(PICKUP_ALPHABET, k=PICKUP_LENGTH)
    return "".join(chars[:4]) + "-" + "".join(chars[4:])


class CredentialStore:
    def __init__(self, conn):
        self.conn = conn

    def create_api_key(self, partner_id: int) -> str:
        cred = new_api_credential(partner_id)
        with self.conn:
            self.conn.execute(
                "INSERT INTO partner_api_keys (key_id, partner_id, secret_sha256) VALUES (?, ?, ?)",
                (cred.key_id, partner_id, cred.lookup_hash()),
            )
        return f"{cred.key_id}.{cred.secret}"

    def create_pickup(self, order_no: str) -> str:
        code = new_pickup_code()
        expires = datetime.now(timezone.utc) + PICKUP_TTL
        with self.conn:
            self.conn.execute(
                "INSERT INTO counter_pickups (order_no, code, expires_at) VALUES (?, ?, ?)",
                (order_no, code, expires.isoformat()),
            )
        return code
