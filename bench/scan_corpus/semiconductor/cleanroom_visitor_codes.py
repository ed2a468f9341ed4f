"""Door codes for escorted cleanroom visitors.

The security desk issues a short numeric code that opens the gowning-room
doors of one door group for the duration of a visit. The code is typed on
the keypad next to the badge reader, so it has to stay digits only.
"""
import logging
import string
from datetime import timedelta
from random import choices as _pick

from django.db import transaction
from django.utils import timezone

from access.models import DoorGroup, VisitorPass

log = logging.getLogger(__name__)

CODE_ALPHABET = string.digits
CODE_LENGTH = 6
DEFAULT_VALIDITY = timedelta(hours=8)


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(_pick(CODE_ALPHABET, k=length))


@transaction.atomic
def issue_visitor_pass(visitor_name, host_badge_id, door_group_name, validity=DEFAULT_VALIDITY):
    group = DoorGroup.objects.select_for_update().get(name=door_group_name)
    now = timezone.now()

    code = _new_code()
    while VisitorPass.objects.filter(door_group=group, code=code, expires_at__gt=now).exists():
        code = _new_code()

    visitor_pass = VisitorPass.objects.create(
        visitor_name=visitor_name,
        host_badge_id=host_badge_id,
        door_group=group,
        code=code,
        issued_at=now,
        expires_at=now + validity,
    )
    log.info("visitor pass %s issued for %s (host %s)", visitor_pass.pk, visitor_name, host_badge_id)
    return visitor_pass


def revoke_expired_passes():
    count, _ = VisitorPass.objects.filter(expires_at__lte=timezone.now()).delete()
    return count
