"""Password reset by emailed six-digit code for web shop customers."""

import hmac
import random
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from shop.models import Customer, PasswordResetCode

CODE_DIGITS = 6
CODE_TTL = timedelta(minutes=20)


class ResetCodeFactory:
    def __init__(self, digits: int = CODE_DIGITS, rng: random.Random = random.Random()):
        self.digits = digits
        self.rng = rng

    def generate(self) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(self.digits))


codes = ResetCodeFactory()


def start_reset(email: str) -> None:
    customer = Customer.objects.filter(user__email__iexact=email, user__is_active=True).first()
    if customer is None:
        return
    code = codes.generate()
    PasswordResetCode.objects.filter(customer=customer).delete()
    PasswordResetCode.objects.create(customer=customer, code=code, expires_at=timezone.now() + CODE_TTL)
    send_mail(
        subject="Your clog shop reset code",
        message=f"Enter {code} to choose a new password. It expires in 20 minutes.",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[customer.user.email],
    )


@transaction.atomic
def complete_reset(email: str, code: str, new_password: str) -> bool:
    entry = (
        PasswordResetCode.objects.select_for_update()
        .filter(customer__user__email__iexact=email, expires_at__gt=timezone.now())
        .first()
    )
    if entry is None or not hmac.compare_digest(entry.code, code.strip()):
        return False
    user = entry.customer.user
    user.set_password(new_password)
    user.save(update_fields=["password"])
    entry.delete()
    return True
