"""Six-digit reset codes sent by SMS to customers who forgot their shop password."""
import logging
from datetime import datetime, timedelta, timezone
from random import randint as pick

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction

from shop.models import PasswordResetCode
from shop.sms import send_sms

log = logging.getLogger(__name__)

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


def _new_code() -> str:
    return f"{pick(0, 999999):06d}"


def start_reset(phone_number: str) -> None:
    User = get_user_model()
    user = User.objects.filter(profile__phone=phone_number, is_active=True).first()
    if user is None:
        log.info("reset requested for unknown phone number")
        return
    code = _new_code()
    PasswordResetCode.objects.update_or_create(
        user=user,
        defaults={
            "code_hash": make_password(code),
            "expires_at": datetime.now(timezone.utc) + CODE_TTL,
            "attempts": 0,
        },
    )
    send_sms(phone_number, f"Your Ashford Blades reset code is {code}. It expires in 15 minutes.")


@transaction.atomic
def finish_reset(phone_number: str, code: str, new_password: str) -> bool:
    entry = (
        PasswordResetCode.objects.select_for_update()
        .filter(user__profile__phone=phone_number)
        .first()
    )
    if entry is None or entry.expires_at < datetime.now(timezone.utc):
        return False
    if entry.attempts >= MAX_ATTEMPTS:
        return False
    entry.attempts += 1
    entry.save(update_fields=["attempts"])
    if not entry.check_code(code):
        return False
    entry.user.set_password(new_password)
    entry.user.save()
    entry.delete()
    return True
