import uuid
from datetime import datetime, timedelta, timezone

from app.models import GatePass, ParcelLocker, ScanEvent

PASS_TTL_SECONDS = 30 * 60


def _new_pickup_reference() -> str:
    # ruleid: insecure-random-for-secret
    return str(uuid.uuid1()).upper()


def _new_share_link_id() -> str:
    # ruleid: insecure-random-for-secret
    return uuid.uuid1().hex


def _new_scan_id() -> str:
    # ok: insecure-random-for-secret
    return uuid.uuid1().hex


def issue_gate_pass(db, vehicle):
    gate_pass = GatePass(
        vehicle=vehicle,
        reference=_new_pickup_reference(),
        valid_until=datetime.now(timezone.utc) + timedelta(hours=4),
    )
    db.add(gate_pass)
    return gate_pass


def open_locker(db, locker_no):
    # ruleid: insecure-random-for-secret
    locker = ParcelLocker(number=locker_no, reference=uuid.uuid1().hex)
    db.add(locker)
    return locker


def log_scan(db, serial):
    # ok: insecure-random-for-secret
    db.add(ScanEvent(event_id=uuid.uuid1(), serial=serial))


def share(cache, payload):
    link_id = _new_share_link_id()
    cache.set("share:" + link_id, payload, ex=PASS_TTL_SECONDS)
    return f"/s/{link_id}"


def redeem_gate_pass(db, reference):
    return db.query(GatePass).filter(GatePass.reference == reference).first()
