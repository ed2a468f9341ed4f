"""Digital key sharing: owners invite family members to use their vehicle.

The invite token goes into a deep link sent by e-mail; the push to the
invitee's phone is retried with jittered backoff.
"""
import random
import secrets
import time
from datetime import datetime, timedelta, timezone

from mobility.notifications import PushError, send_push
from mobility.repos import KeyShareRepository

INVITE_TTL = timedelta(hours=48)
PUSH_ATTEMPTS = 4


def _backoff(attempt: int) -> float:
    return min(30.0, 2 ** attempt) + random.uniform(0, 1.0)


def create_invite(repo: KeyShareRepository, owner_id: str, vin: str, invitee_email: str) -> str:
    token = secrets.token_urlsafe(32)
    repo.create_invite(
        owner_id=owner_id,
        vin=vin,
        invitee_email=invitee_email,
        token_hash=repo.hash_token(token),
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    return token


def notify_invitee(device_token: str, vehicle_name: str) -> bool:
    for attempt in range(PUSH_ATTEMPTS):
        try:
            send_push(device_token, title="Vehicle shared with you", body=vehicle_name)
            return True
        except PushError:
            time.sleep(_backoff(attempt))
    return False
