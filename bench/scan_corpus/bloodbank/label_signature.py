"""Check tags on ISBT 128 unit labels.

Labels printed at the processing centre carry a short HMAC tag in the
secondary barcode so hospital blood banks can detect relabelled units.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import date, datetime

TAG_LENGTH = 16


@dataclass(frozen=True)
class LabelData:
    unit_number: str
    product_code: str
    expiry: date
    tag: str


def _key() -> bytes:
    return os.environ["LABEL_HMAC_KEY"].encode()


def sign(unit_number: str, product_code: str, expiry: date) -> str:
    msg = f"{unit_number}|{product_code}|{expiry:%Y%m%d}".encode()
    return hmac.new(_key(), msg, hashlib.sha256).hexdigest()[:TAG_LENGTH].upper()


def parse(scanned: str) -> LabelData:
    unit_number, product_code, expiry, tag = scanned.strip().split("/")
    return LabelData(
        unit_number=unit_number,
        product_code=product_code,
        expiry=datetime.strptime(expiry, "%Y%m%d").date(),
        tag=tag.upper(),
    )


def verify_label(scanned: str) -> LabelData | None:
    data = parse(scanned)
    expected = sign(data.unit_number, data.product_code, data.expiry)
    if data.tag != expected:
        return None
    return data
