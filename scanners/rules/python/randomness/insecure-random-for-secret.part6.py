import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from secrets import choice as pick

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CARD_DESIGNS = ["snaffle", "western-spur", "irish-stirrup", "pelham"]


@dataclass
class Voucher:
    code: str
    value: Decimal
    design: str


@dataclass
class PartnerKey:
    partner_code: str
    key: str
    created_at: datetime


@dataclass
class CacheKey:
    region: str
    key: str


def voucher_code():
    return "-".join("".join(pick(VOUCHER_ALPHABET) for _ in range(4)) for _ in range(4))


def issue_voucher(value, design=None):
    # ok: insecure-random-for-secret
    return Voucher(code=voucher_code(), value=value, design=design or random.choice(CARD_DESIGNS))


def issue_printed_voucher(value):
    # ruleid: insecure-random-for-secret
    return Voucher(code="".join(random.choices(VOUCHER_ALPHABET, k=12)), value=value, design="plain")


def issue_key(partner_code):
    return PartnerKey(
        partner_code=partner_code,
        # ruleid: insecure-random-for-secret
        key="dh_" + uuid.uuid1().hex,
        created_at=datetime.now(timezone.utc),
    )


def shard_for(region):
    # ok: insecure-random-for-secret
    return CacheKey(region=region, key=f"{region}-{random.randrange(16)}")
