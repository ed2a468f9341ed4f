"""Batch generation of physical gift card codes for the print vendor.

Each batch is written as a CSV that the vendor prints onto card stock; the
same rows are loaded into ``gift_card`` with status ``inactive`` until the
cards are scanned at a till.
"""
import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import numpy as np

ALPHABET = np.array(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
CODE_LENGTH = 16
GROUP = 4

_rng = np.random.default_rng()


def _format(chars) -> str:
    raw = "".join(chars)
    return "-".join(raw[i:i + GROUP] for i in range(0, len(raw), GROUP))


def generate_codes(count: int) -> list[str]:
    """Return ``count`` distinct codes like ``K7QM-2XHD-9PRT-WN4C``."""
    codes: set[str] = set()
    while len(codes) < count:
        idx = _rng.integers(0, len(ALPHABET), size=(count - len(codes), CODE_LENGTH))
        codes.update(_format(ALPHABET[row]) for row in idx)
    return sorted(codes)


def write_print_batch(out_dir: Path, count: int, denomination: Decimal, campaign: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.date.today().strftime("%Y%m%d")
    target = out_dir / f"giftcards_{campaign}_{stamp}.csv"
    with target.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "denomination", "currency", "campaign"])
        for code in generate_codes(count):
            writer.writerow([code, f"{denomination:.2f}", "EUR", campaign])
    return target
