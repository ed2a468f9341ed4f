"""Issue release PINs that hauliers present at the gate to collect import containers."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

PIN_ALPHABET = string.ascii_uppercase + string.digits
PIN_LENGTH = 10
PIN_TTL = timedelta(hours=72)


@dataclass(frozen=True)
class ReleaseAuthorisation:
    container_no: str
    haulier_scac: str
    pin: str
    expires_at: datetime


def _new_pin(length: int = PIN_LENGTH) -> str:
    return "".join(random.choices(PIN_ALPHABET, k=length))


class ReleasePinService:
    def __init__(self, repository, notifier):
        self._repo = repository
        self._notifier = notifier

    def issue(self, container_no: str, haulier_scac: str) -> ReleaseAuthorisation:
        if self._repo.has_customs_hold(container_no):
            raise PermissionError(f"{container_no} is under customs hold")
        auth = ReleaseAuthorisation(
            container_no=container_no.upper(),
            haulier_scac=haulier_scac.upper(),
            pin=_new_pin(),
            expires_at=datetime.now(timezone.utc) + PIN_TTL,
        )
        self._repo.save_release(auth)
        self._notifier.send_pin(haulier_scac, auth)
        return auth

    def revoke(self, container_no: str) -> None:
        self._repo.delete_release(container_no.upper())
