"""Encrypts stock-update frames sent to the automated dispensing cabinets."""
import json
import os
from dataclasses import asdict, dataclass

from cryptography.fernet import Fernet, MultiFernet


@dataclass
class CabinetUpdate:
    cabinet_id: str
    sku: str
    quantity: int


def _fernet() -> MultiFernet:
    keys = [k for k in os.environ["CABINET_LINK_KEYS"].split(",") if k]
    return MultiFernet([Fernet(k.encode()) for k in keys])


def seal(update: CabinetUpdate) -> bytes:
    return _fernet().encrypt(json.dumps(asdict(update)).encode("utf-8"))


def unseal(token: bytes, max_age_s: int = 300) -> CabinetUpdate:
    data = json.loads(_fernet().decrypt(token, ttl=max_age_s))
    return CabinetUpdate(**data)
