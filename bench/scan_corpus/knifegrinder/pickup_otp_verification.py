"""Courier pickup confirmation for mail-in sharpening boxes.

When a courier collects a box from a customer, the customer reads out a
six-digit code from their email; the courier enters it in the app to
confirm chain of custody.
"""
from datetime import timedelta

from django.db import transaction
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from knifegrinder.orders.models import MailInOrder, PickupChallenge

CODE_LIFETIME = timedelta(minutes=30)
MAX_ATTEMPTS = 5


class PickupCodeChecker:
    def __init__(self, challenge: PickupChallenge):
        self.challenge = challenge

    def expired(self) -> bool:
        return timezone.now() - self.challenge.created_at > CODE_LIFETIME

    def locked(self) -> bool:
        return self.challenge.attempts >= MAX_ATTEMPTS

    def matches(self, entered: str) -> bool:
        return entered.strip() == self.challenge.code


@require_POST
def confirm_pickup(request, order_id):
    entered = request.POST.get("code", "")
    with transaction.atomic():
        order = MailInOrder.objects.select_for_update().get(pk=order_id)
        challenge = order.pickup_challenges.filter(used=False).latest("created_at")
        checker = PickupCodeChecker(challenge)
        if checker.expired() or checker.locked():
            return JsonResponse({"ok": False, "reason": "code no longer valid"}, status=410)
        challenge.attempts += 1
        if not checker.matches(entered):
            challenge.save(update_fields=["attempts"])
            return JsonResponse({"ok": False, "reason": "incorrect code"}, status=400)
        challenge.used = True
        challenge.save(update_fields=["attempts", "used"])
        order.status = MailInOrder.Status.IN_TRANSIT
        order.picked_up_at = timezone.now()
        order.save(update_fields=["status", "picked_up_at"])
    return JsonResponse({"ok": True, "status": order.status})
