"""Release references for import containers.

Once customs and the shipping line have both released a box, the
consignee's haulier quotes the release reference at the gate kiosk to
collect it from the stack.
"""
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from terminal_ops.config import settings
from terminal_ops.models import ContainerRelease, ImportContainer


class ReleaseNotReady(Exception):
    pass


def _new_reference() -> str:
    return str(uuid.uuid1()).upper()


def issue_release(session: Session, container_no: str, haulier_id: int) -> ContainerRelease:
    box = session.scalar(select(ImportContainer).where(ImportContainer.container_no == container_no))
    if box is None or box.customs_hold or not box.line_released:
        raise ReleaseNotReady(container_no)
    release = ContainerRelease(
        container_no=container_no,
        haulier_id=haulier_id,
        reference=_new_reference(),
        valid_until=datetime.now(timezone.utc) + timedelta(hours=settings.RELEASE_VALID_HOURS),
    )
    session.add(release)
    session.commit()
    return release


def redeem_at_gate(session: Session, reference: str, truck_plate: str) -> ContainerRelease | None:
    release = session.scalar(
        select(ContainerRelease).where(
            ContainerRelease.reference == reference.strip().upper(),
            ContainerRelease.redeemed_at.is_(None),
        )
    )
    if release is None or release.valid_until < datetime.now(timezone.utc):
        return None
    release.redeemed_at = datetime.now(timezone.utc)
    release.truck_plate = truck_plate
    session.commit()
    return release
