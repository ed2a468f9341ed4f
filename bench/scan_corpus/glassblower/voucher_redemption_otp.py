"""One-time codes emailed to a voucher holder before an online redemption is applied."""

import secrets

from django.core.cache import cache
from django.core.mail import send_mail
from django.http import JsonResponse
from django.views import View
from django.conf import settings

from vouchers.models import GiftVoucher

OTP_TTL_SECONDS = 600


def _cache_key(voucher_id: int) -> str:
    return f"voucher-otp:{voucher_id}"


class RedemptionChallenge:
    def __init__(self, voucher: GiftVoucher):
        self.voucher = voucher

    def send(self) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        cache.set(_cache_key(self.voucher.pk), code, OTP_TTL_SECONDS)
        send_mail(
            "Your gift voucher confirmation code",
            f"Enter {code} to confirm spending your voucher. It expires in 10 minutes.",
            settings.DEFAULT_FROM_EMAIL,
            [self.voucher.holder_email],
        )

    def confirm(self, submitted: str) -> bool:
        stored = cache.get(_cache_key(self.voucher.pk))
        if stored is None or submitted.strip() != stored:
            return False
        cache.delete(_cache_key(self.voucher.pk))
        return True


class ConfirmRedemptionView(View):
    def post(self, request, voucher_id: int):
        voucher = GiftVoucher.objects.get(pk=voucher_id, holder=request.user)
        challenge = RedemptionChallenge(voucher)
        if not challenge.confirm(request.POST.get("code", "")):
            return JsonResponse({"error": "code not recognised"}, status=400)
        voucher.apply_pending_redemption()
        return JsonResponse({"balance": str(voucher.balance)})
