"""Exports round scorecards for the county's legacy scoring package.

The county association still imports club results through an encrypted
bundle: a JSON payload encrypted with a shared key and uploaded by the
records officer. This module builds that bundle.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import List

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


@dataclass
class Scorecard:
    archer: str
    membership_no: str
    bow_style: str
    round_name: str
    ends: List[List[int]]
    shot_on: date

    @property
    def total(self) -> int:
        return sum(sum(end) for end in self.ends)

    @property
    def golds(self) -> int:
        return sum(1 for end in self.ends for arrow in end if arrow >= 9)


def _county_key() -> bytes:
    key = base64.b64decode(os.environ["COUNTY_EXPORT_KEY"])
    return DES3.adjust_key_parity(key)


def build_payload(cards: List[Scorecard], club_code: str) -> bytes:
    records = []
    for card in cards:
        record = asdict(card)
        record["shot_on"] = card.shot_on.isoformat()
        record["total"] = card.total
        record["golds"] = card.golds
        records.append(record)
    return json.dumps({"club": club_code, "scorecards": records}, sort_keys=True).encode("utf-8")


def encrypt_bundle(payload: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(_county_key(), DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(payload, DES3.block_size))


def write_export(cards: List[Scorecard], club_code: str, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    bundle = encrypt_bundle(build_payload(cards, club_code))
    target = out_dir / f"{club_code}_{date.today():%Y%m%d}.sce"
    target.write_bytes(base64.b64encode(bundle))
    return target


if __name__ == "__main__":
    import sys

    source = Path(sys.argv[1])
    raw = json.loads(source.read_text(encoding="utf-8"))
    cards = [
        Scorecard(
            archer=c["archer"],
            membership_no=c["membership_no"],
            bow_style=c["bow_style"],
            round_name=c["round_name"],
            ends=c["ends"],
            shot_on=date.fromisoformat(c["shot_on"]),
        )
        for c in raw
    ]
    print(write_export(cards, os.environ.get("CLUB_CODE", "CLUB"), Path("exports")))
