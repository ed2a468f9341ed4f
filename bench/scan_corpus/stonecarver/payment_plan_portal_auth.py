"""Password handling for the payment-plan self-service portal."""

from django.contrib.auth.hashers import (
    PBKDF2PasswordHasher,
    check_password,
    make_password,
)
from django.db import transaction

from payments.models import PlanHolder

PORTAL_HASHER = "plan_pbkdf2_sha256"


class PlanPortalPBKDF2Hasher(PBKDF2PasswordHasher):
    """PBKDF2-SHA256 with a work factor tuned for the portal servers."""

    algorithm = PORTAL_HASHER
    iterations = 870_000


def set_portal_password(holder: PlanHolder, raw_password: str) -> None:
    holder.portal_password = make_password(raw_password, hasher=PORTAL_HASHER)
    holder.save(update_fields=["portal_password"])


def authenticate_holder(account_number: str, raw_password: str) -> PlanHolder | None:
    holder = PlanHolder.objects.filter(account_number=account_number).first()
    if holder is None:
        make_password(raw_password, hasher=PORTAL_HASHER)
        return None

    def _upgrade(raw: str) -> None:
        set_portal_password(holder, raw)

    if check_password(raw_password, holder.portal_password, _upgrade, PORTAL_HASHER):
        return holder
    return None


@transaction.atomic
def rotate_after_reset(holder_id: int, raw_password: str) -> None:
    holder = PlanHolder.objects.select_for_update().get(pk=holder_id)
    set_portal_password(holder, raw_password)
    holder.reset_pending = False
    holder.save(update_fields=["reset_pending"])
