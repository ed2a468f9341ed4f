"""Audit trail for driver app sign-ins at the start of a collection shift."""
import hashlib
from datetime import datetime, timezone

import structlog

from knacker.fleet.models import Driver, Vehicle

log = structlog.get_logger("knacker.fleet.audit")


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:10]


def _normalise_registration(reg: str) -> str:
    return reg.replace(" ", "").upper()


def record_sign_in(driver: Driver, vehicle: Vehicle, session_token: str, device_id: str) -> None:
    log.info(
        "driver_sign_in",
        driver_id=driver.id,
        vehicle=_normalise_registration(vehicle.registration),
        device_id=device_id,
        session=token_fingerprint(session_token),
        at=datetime.now(timezone.utc).isoformat(),
    )


def record_sign_in_failure(username: str, reason: str, device_id: str) -> None:
    log.warning("driver_sign_in_failed", username=username, reason=reason, device_id=device_id)


def record_shift_start(driver: Driver, round_id: int, odometer_km: int) -> None:
    log.info(
        "shift_start",
        driver_id=driver.id,
        round_id=round_id,
        odometer_km=odometer_km,
        at=datetime.now(timezone.utc).isoformat(),
    )
