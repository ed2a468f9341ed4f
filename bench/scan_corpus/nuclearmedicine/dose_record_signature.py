"""Tamper-evident dose calibrator measurement records.

Every assay of a unit dose (isotope, measured activity, calibration time,
operator) is HMAC-signed at the calibrator workstation and re-checked
before the dose is administered.
"""
import hashlib
import hmac
import json
import os
from dataclasses import asdict, dataclass, field
from datetime import datetime


def _signing_key() -> bytes:
    return bytes.fromhex(os.environ["DOSE_RECORD_HMAC_KEY"])


@dataclass
class DoseAssay:
    dose_id: str
    isotope: str
    activity_mbq: float
    measured_at: datetime
    calibrator_serial: str
    operator_badge: str
    signature: str = field(default="", compare=False)

    def canonical(self) -> bytes:
        payload = asdict(self)
        payload.pop("signature")
        payload["measured_at"] = self.measured_at.isoformat()
        payload["activity_mbq"] = f"{self.activity_mbq:.3f}"
        return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @property
    def expected_signature(self) -> str:
        return hmac.new(_signing_key(), self.canonical(), hashlib.sha256).hexdigest()

    @property
    def is_authentic(self) -> bool:
        return bool(self.signature) and self.signature == self.expected_signature

    def sign(self) -> "DoseAssay":
        self.signature = self.expected_signature
        return self


class DoseReleaseCheck:
    """Checks performed before a syringe leaves the hot lab."""

    def __init__(self, tolerance_pct: float = 10.0) -> None:
        self.tolerance_pct = tolerance_pct

    def within_tolerance(self, assay: DoseAssay, prescribed_mbq: float) -> bool:
        deviation = abs(assay.activity_mbq - prescribed_mbq) / prescribed_mbq * 100.0
        return deviation <= self.tolerance_pct

    def release(self, assay: DoseAssay, prescribed_mbq: float) -> str:
        if not assay.is_authentic:
            raise PermissionError(f"dose {assay.dose_id}: assay record failed integrity check")
        if not self.within_tolerance(assay, prescribed_mbq):
            raise ValueError(
                f"dose {assay.dose_id}: {assay.activity_mbq:.1f} MBq outside "
                f"±{self.tolerance_pct}% of {prescribed_mbq:.1f} MBq"
            )
        return f"released {assay.dose_id} ({assay.isotope}, {assay.activity_mbq:.1f} MBq)"
