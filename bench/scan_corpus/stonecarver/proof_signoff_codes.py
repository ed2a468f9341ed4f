"""Confirms in-showroom proof sign-off with a code texted to the purchaser."""

from datetime import datetime, timezone

from django.http import HttpRequest, JsonResponse
from django.views import View

from orders.models import ProofChallenge, HeadstoneOrder

MAX_ATTEMPTS = 5


class ConfirmSignoffView(View):
    """Checks a submitted code against the open challenges for an order."""

    def _open_challenges(self, order: HeadstoneOrder):
        now = datetime.now(timezone.utc)
        return order.proof_challenges.filter(consumed=False, expires_at__gt=now)

    def _register_failure(self, order: HeadstoneOrder) -> int:
        order.signoff_failures += 1
        order.save(update_fields=["signoff_failures"])
        return MAX_ATTEMPTS - order.signoff_failures

    def post(self, request: HttpRequest, order_number: str) -> JsonResponse:
        order = HeadstoneOrder.objects.get(number=order_number, customer=request.user)
        if order.signoff_failures >= MAX_ATTEMPTS:
            return JsonResponse({"error": "locked"}, status=423)
        submitted = request.POST.get("code", "").strip()
        for challenge in self._open_challenges(order):
            if challenge.code == submitted:
                challenge.consumed = True
                challenge.save(update_fields=["consumed"])
                order.proof_signed_at = datetime.now(timezone.utc)
                order.save(update_fields=["proof_signed_at"])
                return JsonResponse({"signed": True})
        remaining = self._register_failure(order)
        return JsonResponse({"signed": False, "attempts_left": remaining}, status=400)


def issue_challenge_record(order: HeadstoneOrder, code: str) -> ProofChallenge:
    return ProofChallenge.objects.create(order=order, code=code)
