import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pyotp
import requests
from fastapi import Depends, Header, HTTPException


class LabResultRelease:
    def __init__(self, store):
        self.store = store

    def release(self, sample_id: str, supplied_code: str) -> bool:
        row = self.store.pending(sample_id)
        held = row["release_code"].decode("ascii")
        # ruleid: timing-unsafe-comparison
        if supplied_code.strip() != held:
            return False
        self.store.publish(sample_id)
        return True

    def release_safely(self, sample_id: str, supplied_code: str) -> bool:
        row = self.store.pending(sample_id)
        held = row["release_code"].decode("ascii")
        # ok: timing-unsafe-comparison
        if not secrets.compare_digest(supplied_code.strip(), held):
            return False
        self.store.publish(sample_id)
        return True

    def ward_matches(self, sample_id: str, supplied_ward: str) -> bool:
        row = self.store.pending(sample_id)
        # ok: timing-unsafe-comparison
        return supplied_ward.strip() != row["ward"]


@dataclass(frozen=True)
class Kiosk:
    site: str
    token: str


def kiosk_registry():
    return (Kiosk("north", "k1"), Kiosk("south", "k2"))


def require_kiosk(x_kiosk_token: str = Header(default=""), kiosks=Depends(kiosk_registry)) -> Kiosk:
    enrolled = [k.token for k in kiosks]
    # ruleid: timing-unsafe-comparison
    if x_kiosk_token not in enrolled:
        raise HTTPException(status_code=401)
    return kiosks[enrolled.index(x_kiosk_token)]


def require_kiosk_site(x_kiosk_site: str = Header(default=""), kiosks=Depends(kiosk_registry)) -> Kiosk:
    sites = [k.site for k in kiosks]
    # ok: timing-unsafe-comparison
    if x_kiosk_site not in sites:
        raise HTTPException(status_code=404)
    return kiosks[sites.index(x_kiosk_site)]


def require_kiosk_safely(x_kiosk_token: str = Header(default=""), kiosks=Depends(kiosk_registry)) -> Kiosk:
    for kiosk in kiosks:
        # ok: timing-unsafe-comparison
        if secrets.compare_digest(x_kiosk_token, kiosk.token):
            return kiosk
    raise HTTPException(status_code=401)


class PayoutApprover:
    def __init__(self, seed: str):
        self.seed = seed

    def accepted_codes(self, when: datetime) -> list:
        generator = pyotp.TOTP(self.seed)
        step = timedelta(seconds=generator.interval)
        return [generator.at(when + step * k) for k in (-1, 0, 1)]

    def approves(self, typed: str) -> bool:
        # ruleid: timing-unsafe-comparison
        return typed in self.accepted_codes(datetime.now(timezone.utc))


def approve_payout(approver: PayoutApprover, typed: str) -> bool:
    typed = typed.replace("-", "")
    # ruleid: timing-unsafe-comparison
    return typed in approver.accepted_codes(datetime.now(timezone.utc))


def approve_payout_safely(approver: PayoutApprover, typed: str) -> bool:
    codes = approver.accepted_codes(datetime.now(timezone.utc))
    # ok: timing-unsafe-comparison
    return any(secrets.compare_digest(typed, c) for c in codes)


def fetch_firmware(session: requests.Session, manifest: dict) -> bytes:
    blob = session.get(manifest["url"], timeout=60).content
    digest = hashlib.sha256(blob).hexdigest()
    # ok: timing-unsafe-comparison
    if digest != manifest["sha256"]:
        raise ValueError("firmware image does not match its manifest")
    return blob


def backup_is_current(bucket, name: str, digest: str) -> bool:
    head = bucket.head_object(Bucket="backups", Key=name)
    # ok: timing-unsafe-comparison
    return head.get("Metadata", {}).get("content-md5") == digest


def session_is_current(cache, user: str, digest: str) -> bool:
    # ruleid: timing-unsafe-comparison
    return cache.get(f"session:{user}") == digest
