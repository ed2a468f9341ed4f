"""Temporary access for local authority smoke-control inspectors.

Under the Ready to Burn scheme an inspector may ask to see sales records for
wet wood and smokeless fuel.  The compliance officer issues a time-limited
link that opens a read-only view of the relevant records.
"""
import hashlib
import time
from dataclasses import dataclass

from coalheaver.config import settings
from coalheaver.mail import send_mail
from coalheaver.repositories import InspectorGrantRepository

GRANT_TTL_SECONDS = 7 * 24 * 3600


@dataclass
class InspectorGrant:
    inspector_email: str
    authority: str
    token: str
    expires_at: float


class InspectorAccessService:
    def __init__(self, grants: InspectorGrantRepository):
        self._grants = grants

    def _grant_token(self, inspector_email: str) -> str:
        seed = f"{inspector_email}:{time.time()}"
        return hashlib.sha1(seed.encode("utf-8")).hexdigest()

    def issue(self, inspector_email: str, authority: str) -> InspectorGrant:
        grant = InspectorGrant(
            inspector_email=inspector_email.lower(),
            authority=authority,
            token=self._grant_token(inspector_email.lower()),
            expires_at=time.time() + GRANT_TTL_SECONDS,
        )
        self._grants.save(grant)
        send_mail(
            to=grant.inspector_email,
            subject="Solid fuel sales records - access link",
            body=(
                f"Records for {authority} are available for seven days at\n"
                f"{settings.PORTAL_BASE_URL}/compliance/inspect/{grant.token}\n"
            ),
        )
        return grant

    def lookup(self, token: str):
        grant = self._grants.find_by_token(token)
        if grant is None or grant.expires_at < time.time():
            return None
        return grant
