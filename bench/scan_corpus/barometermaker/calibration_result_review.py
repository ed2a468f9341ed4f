"""Review calibration runs before a certificate is issued.

A run is only certified when the chamber firmware is the approved version,
the reference transducer's own certificate is current and the run belongs to
the instrument on the job card.
"""
from dataclasses import dataclass
from datetime import date
from enum import Enum


class RunStatus(str, Enum):
    PENDING = "pending"
    PASSED = "passed"
    FAILED = "failed"
    CERTIFIED = "certified"


APPROVED_CHAMBER_FIRMWARE = "4.12.0"
TOLERANCE_HPA = 1.0


@dataclass
class CalibrationRun:
    run_id: int
    job_serial: str
    instrument_serial: str
    chamber_firmware: str
    reference_cert_expires: date
    max_error_hpa: float
    status: RunStatus = RunStatus.PENDING


class ReviewError(Exception):
    pass


def review(run: CalibrationRun, today: date | None = None) -> list[str]:
    today = today or date.today()
    problems = []
    if run.instrument_serial.strip().upper() != run.job_serial.strip().upper():
        problems.append(f"run is for {run.instrument_serial}, job card says {run.job_serial}")
    if run.chamber_firmware != APPROVED_CHAMBER_FIRMWARE:
        problems.append(f"chamber firmware {run.chamber_firmware} is not approved")
    if run.reference_cert_expires < today:
        problems.append("reference transducer certificate has expired")
    if run.max_error_hpa > TOLERANCE_HPA:
        problems.append(f"max error {run.max_error_hpa:.2f} hPa exceeds tolerance")
    return problems


def certify(run: CalibrationRun, reviewer: str) -> CalibrationRun:
    if run.status == RunStatus.CERTIFIED:
        raise ReviewError(f"run {run.run_id} already certified")
    if run.status != RunStatus.PASSED:
        raise ReviewError(f"run {run.run_id} is {run.status.value}, not passed")
    problems = review(run)
    if problems:
        raise ReviewError("; ".join(problems))
    run.status = RunStatus.CERTIFIED
    return run
