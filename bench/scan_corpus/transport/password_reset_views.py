"""Password reset by emailed six-digit code.

Flow: user asks for a code -> we email it -> user submits code + new password.
Codes expire after 15 minutes and are locked after five wrong attempts.
"""
import secrets
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.models import PasswordResetCode

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5

User = get_user_model()


@require_POST
def request_code(request):
    email = request.POST.get("email", "").strip().lower()
    user = User.objects.filter(email__iexact=email, is_active=True).first()
    if user is not None:
        code = f"{secrets.randbelow(10**6):06d}"
        PasswordResetCode.objects.update_or_create(
            user=user, defaults={"code": code, "created_at": timezone.now(), "attempts": 0}
        )
        send_mail(
            "Your password reset code",
            f"Your code is {code}. It expires in 15 minutes.",
            None,
            [user.email],
        )
    # same response whether or not the address exists
    return JsonResponse({"status": "sent"})


@require_POST
@transaction.atomic
def confirm_code(request):
    email = request.POST.get("email", "").strip().lower()
    submitted = request.POST.get("code", "").strip()
    reset = (
        PasswordResetCode.objects.select_for_update()
        .filter(user__email__iexact=email)
        .select_related("user")
        .first()
    )
    if reset is None or timezone.now() - reset.created_at > CODE_TTL or reset.attempts >= MAX_ATTEMPTS:
        return JsonResponse({"error": "code expired"}, status=400)
    if reset.code != submitted:
        reset.attempts += 1
        reset.save(update_fields=["attempts"])
        return JsonResponse({"error": "wrong code"}, status=400)

    new_password = request.POST.get("new_password", "")
    try:
        validate_password(new_password, reset.user)
    except ValidationError as exc:
        return JsonResponse({"error": exc.messages}, status=400)
    reset.user.set_password(new_password)
    reset.user.save(update_fields=["password"])
    reset.delete()
    return JsonResponse({"status": "ok"})
