"""Verify deposit callbacks from the card payment provider.

Commission deposits and rental security deposits are taken through the
provider's hosted checkout. The provider calls back with a JSON body and
a signature header: "t=<unix time>,v1=<hex hmac-sha256 of 't.body'>".
"""
import hashlib
import hmac as _hmac
import os
import time
from dataclasses import dataclass
from hmac import compare_digest as same

TOLERANCE_SECONDS = 300


class SignatureError(Exception):
    pass


@dataclass(frozen=True)
class ProviderConfig:
    signing_secret: bytes

    @classmethod
    def from_env(cls) -> "ProviderConfig":
        return cls(signing_secret=os.environ["PAYMENTS_SIGNING_SECRET"].encode())


def _parse_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = None, []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t":
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    if timestamp is None or not signatures:
        raise SignatureError("malformed signature header")
    return timestamp, signatures


def verify(body: bytes, header: str, config: ProviderConfig, now: float = None) -> None:
    timestamp, signatures = _parse_header(header)
    if abs((now or time.time()) - timestamp) > TOLERANCE_SECONDS:
        raise SignatureError("timestamp outside tolerance")
    signed = f"{timestamp}.".encode() + body
    expected = _hmac.new(config.signing_secret, signed, hashlib.sha256).hexdigest()
    if not any(same(expected, candidate) for candidate in signatures):
        raise SignatureError("no matching signature")


def handle_callback(body: bytes, header: str, ledger, config: ProviderConfig = None) -> str:
    config = config or ProviderConfig.from_env()
    verify(body, header, config)
    event = ledger.parse_event(body)
    if event["type"] == "payment.succeeded":
        ledger.record_deposit(event["reference"], event["amount"], event["currency"])
    elif event["type"] == "payment.refunded":
        ledger.record_refund(event["reference"], event["amount"])
    return event["id"]
