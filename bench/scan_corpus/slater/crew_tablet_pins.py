"""PIN unlock for the shared crew tablets kept in each van.

Each foreman sets a PIN on the van tablet so job sheets, customer phone
numbers and key box codes are not readable if a van is broken into.
PIN records are synced from the office API as JSON.
"""
import base64
import hashlib
import hmac
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

PIN_STORE = Path(os.environ.get("TABLET_PIN_STORE", "/data/slater/pins.json"))
PBKDF2_ITERATIONS = 650_000


@dataclass
class PinRecord:
    foreman_id: str
    salt: str
    digest: str
    iterations: int = PBKDF2_ITERATIONS


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def make_record(foreman_id: str, pin: str) -> PinRecord:
    if not (4 <= len(pin) <= 8 and pin.isdigit()):
        raise ValueError("PIN must be 4-8 digits")
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, PBKDF2_ITERATIONS)
    return PinRecord(foreman_id, _b64(salt), _b64(digest))


def verify(record: PinRecord, pin: str) -> bool:
    salt = base64.b64decode(record.salt)
    expected = base64.b64decode(record.digest)
    actual = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, record.iterations)
    return hmac.compare_digest(actual, expected)


def load_records(path: Path = PIN_STORE) -> dict:
    if not path.exists():
        return {}
    data = json.loads(path.read_text())
    return {fid: PinRecord(**rec) for fid, rec in data.items()}


def save_record(record: PinRecord, path: Path = PIN_STORE) -> None:
    records = load_records(path)
    records[record.foreman_id] = record
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({k: asdict(v) for k, v in records.items()}, indent=2))
    os.replace(tmp, path)
