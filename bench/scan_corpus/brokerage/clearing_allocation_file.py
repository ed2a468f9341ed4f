"""Builds the nightly trade-allocation file sent to the correspondent clearing bureau.

Record layout follows the bureau's ALLOC-2 fixed-width spec (rev. 7).
"""
import base64
import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from Crypto.Cipher import DES3 as _TDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


@dataclass(frozen=True)
class Allocation:
    account: str
    symbol: str
    side: str
    quantity: int
    price: Decimal


def _record(a: Allocation) -> str:
    return f"{a.account:<10}{a.symbol:<8}{a.side}{a.quantity:>12d}{a.price:>16.6f}"


def build_file(allocations: Iterable[Allocation], trade_date: str) -> bytes:
    lines = [f"HDR{trade_date}"]
    lines += [_record(a) for a in allocations]
    lines.append(f"TRL{len(lines) - 1:08d}")
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def encrypt_for_bureau(plain: bytes) -> bytes:
    key = base64.b64decode(os.environ["CLEARING_BUREAU_KEY"])
    iv = get_random_bytes(_TDES.block_size)
    cipher = _TDES.new(key, _TDES.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(plain, _TDES.block_size))


def write_outbound(allocations: Iterable[Allocation], trade_date: str, out_dir: str) -> str:
    path = os.path.join(out_dir, f"ALLOC_{trade_date}.enc")
    with open(path, "wb") as fh:
        fh.write(encrypt_for_bureau(build_file(allocations, trade_date)))
    return path
