"""Invite codes that let a new buyer (brand or converter) open a portal account.

Sales staff create an invite from the admin; the buyer receives the code by
e-mail and enters it on the sign-up page.
"""
import random
import string
from datetime import timedelta

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.core.mail import send_mail
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from .models import BuyerInvite, Customer

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
INVITE_TTL = timedelta(days=7)


def generate_invite_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def _format_code(code: str) -> str:
    return "-".join(code[i:i + 5] for i in range(0, len(code), 5))


@staff_member_required
@require_POST
def create_invite(request, customer_id: int):
    customer = Customer.objects.get(pk=customer_id)
    email = request.POST["email"].strip().lower()
    invite = BuyerInvite.objects.create(
        customer=customer,
        email=email,
        code=generate_invite_code(),
        created_by=request.user,
        expires_at=timezone.now() + INVITE_TTL,
    )
    send_mail(
        subject=f"Your {settings.TANNERY_NAME} buyer portal invitation",
        message=(
            f"Hello,\n\n{customer.name} has been set up on our buyer portal.\n"
            f"Use invitation code {_format_code(invite.code)} at "
            f"{settings.PORTAL_URL}/signup within 7 days.\n"
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[email],
    )
    return JsonResponse({"invite_id": invite.pk, "expires_at": invite.expires_at.isoformat()})
