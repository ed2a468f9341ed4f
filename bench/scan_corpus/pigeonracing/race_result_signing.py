"""Signing and verification of published race result sheets.

The federation publishes a CSV per race together with an HMAC so that
clubs and combine organisers can confirm the sheet has not been edited.
"""
from __future__ import annotations

import csv
import hashlib
import hmac
import io
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass
class ResultLine:
    position: int
    fancier: str
    ring: str
    distance_m: float
    velocity_mpm: float


class ResultSheetSigner:
    def __init__(self, key: bytes | None = None):
        self._key = key or os.environ["RESULTS_SIGNING_KEY"].encode("utf-8")

    def render(self, lines: list[ResultLine]) -> bytes:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["position", "fancier", "ring", "distance_m", "velocity_mpm"])
        for line in sorted(lines, key=lambda l: l.position):
            writer.writerow([line.position, line.fancier, line.ring,
                             f"{line.distance_m:.1f}", f"{line.velocity_mpm:.3f}"])
        return buf.getvalue().encode("utf-8")

    def sign(self, sheet: bytes) -> str:
        return hmac.new(self._key, sheet, hashlib.sha256).hexdigest()

    def publish(self, race_id: int, lines: list[ResultLine], out_dir: Path) -> Path:
        sheet = self.render(lines)
        out_dir.mkdir(parents=True, exist_ok=True)
        csv_path = out_dir / f"race-{race_id}.csv"
        csv_path.write_bytes(sheet)
        (out_dir / f"race-{race_id}.csv.sig").write_text(self.sign(sheet))
        return csv_path

    @staticmethod
    def _signatures_match(expected: str, provided: str) -> bool:
        return expected == provided.strip().lower()

    def verify(self, sheet: bytes, provided_signature: str) -> bool:
        return self._signatures_match(self.sign(sheet), provided_signature)

    def verify_files(self, csv_path: Path) -> bool:
        sig_path = csv_path.with_suffix(csv_path.suffix + ".sig")
        if not sig_path.exists():
            return False
        return self.verify(csv_path.read_bytes(), sig_path.read_text())
