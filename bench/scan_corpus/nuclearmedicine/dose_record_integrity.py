"""Integrity seal for dose calibrator assay records.

The calibrator agent seals each record with HMAC-SHA256; the injection
room tablet checks the seal before the technologist administers the dose.
"""
import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from datetime import datetime


class SealKey:
    _cached: bytes | None = None

    @classmethod
    def get(cls) -> bytes:
        if cls._cached is None:
            cls._cached = bytes.fromhex(os.environ["DOSE_SEAL_KEY"])
        return cls._cached


@dataclass
class SealedAssay:
    dose_id: str
    patient_mrn: str
    isotope: str
    activity_mbq: float
    measured_at: datetime
    seal: str = field(default="", repr=False)

    def _message(self) -> bytes:
        return json.dumps(
            {
                "dose_id": self.dose_id,
                "mrn": self.patient_mrn,
                "isotope": self.isotope,
                "activity": f"{self.activity_mbq:.3f}",
                "measured_at": self.measured_at.isoformat(),
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode("utf-8")

    @property
    def computed_seal(self) -> str:
        return hmac.new(SealKey.get(), self._message(), hashlib.sha256).hexdigest()

    @property
    def seal_ok(self) -> bool:
        return bool(self.seal) and hmac.compare_digest(self.seal, self.computed_seal)

    def apply_seal(self) -> "SealedAssay":
        self.seal = self.computed_seal
        return self


def decay_corrected(activity_mbq: float, half_life_min: float, elapsed_min: float) -> float:
    return activity_mbq * 0.5 ** (elapsed_min / half_life_min)


def check_before_injection(assay: SealedAssay, wristband_mrn: str) -> None:
    if not assay.seal_ok:
        raise PermissionError(f"assay {assay.dose_id} seal invalid; re-assay the dose")
    if assay.patient_mrn != wristband_mrn:
        raise ValueError(f"dose {assay.dose_id} is not for this patient")
