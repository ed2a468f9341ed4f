"""Encrypts tuning measurement reports (strike note, hum, partials) sent to carillon clients."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from typing import List

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass
class PartialReading:
    name: str
    frequency_hz: float
    cents_deviation: float


@dataclass
class TuningReport:
    bell_serial: str
    strike_note: str
    readings: List[PartialReading]


class ReportSealer:
    """Wraps reports in AES-CBC so they can be e-mailed to the client's consultant."""

    REPORT_IV = b"FoundryTune#2019"

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 16, 24 or 32 bytes")
        self._key = key

    @classmethod
    def from_environment(cls) -> "ReportSealer":
        return cls(base64.b64decode(os.environ["TUNING_REPORT_KEY"]))

    def _cipher(self):
        return AES.new(self._key, AES.MODE_CBC, iv=self.REPORT_IV)

    def seal(self, report: TuningReport) -> str:
        payload = json.dumps(asdict(report)).encode("utf-8")
        ciphertext = self._cipher().encrypt(pad(payload, AES.block_size))
        return base64.b64encode(ciphertext).decode("ascii")

    def unseal(self, token: str) -> TuningReport:
        raw = unpad(self._cipher().decrypt(base64.b64decode(token)), AES.block_size)
        data = json.loads(raw)
        data["readings"] = [PartialReading(**r) for r in data["readings"]]
        return TuningReport(**data)


def build_report(serial: str, note: str, measured: dict) -> TuningReport:
    readings = [
        PartialReading(name=name, frequency_hz=freq, cents_deviation=dev)
        for name, (freq, dev) in measured.items()
    ]
    return TuningReport(bell_serial=serial, strike_note=note, readings=readings)


if __name__ == "__main__":
    sealer = ReportSealer.from_environment()
    rpt = build_report("BF-2291", "D4", {"hum": (146.8, -2.1), "prime": (293.7, 0.4), "tierce": (349.2, 1.3)})
    print(sealer.seal(rpt))
