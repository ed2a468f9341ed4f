"""Short access codes for design pack downloads at council planning meetings.

Officers type the code into the meeting-room kiosk to pull up the latest
proof for a commission, so codes are short and avoid ambiguous glyphs.
"""
import secrets
import string
import uuid
from datetime import datetime, timedelta, timezone

from django.db import models

UNAMBIGUOUS = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1L")
CODE_LENGTH = 10
CODE_TTL = timedelta(hours=48)


def generate_access_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(UNAMBIGUOUS) for _ in range(length))


class DesignAccessCode(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    commission = models.ForeignKey("commissions.Commission", on_delete=models.CASCADE)
    code = models.CharField(max_length=16, unique=True, default=generate_access_code)
    created_at = models.DateTimeField(auto_now_add=True)
    used_count = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["code"])]

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) > self.created_at + CODE_TTL


def redeem(code: str) -> "DesignAccessCode | None":
    normalised = code.strip().upper().replace("-", "")
    try:
        access = DesignAccessCode.objects.select_related("commission").get(code=normalised)
    except DesignAccessCode.DoesNotExist:
        return None
    if access.expired:
        return None
    access.used_count = models.F("used_count") + 1
    access.save(update_fields=["used_count"])
    return access
