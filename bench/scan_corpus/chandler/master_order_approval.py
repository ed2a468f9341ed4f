"""Two-step approval of high-value provisioning orders by the vessel master.

Orders above the owner's approval limit must be confirmed with the six-digit
code from the master's authenticator app before they are released to the
warehouse for picking.
"""
import time
from dataclasses import dataclass
from decimal import Decimal

import pyotp
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from chandler.crewapp.models import MasterAuthenticator
from chandler.orders.models import ProvisioningOrder

ALLOWED_DRIFT_STEPS = 1


@dataclass
class ApprovalResult:
    approved: bool
    reason: str = ""


def _code_matches(secret: str, submitted: str, now: float | None = None) -> bool:
    totp = pyotp.TOTP(secret)
    now = time.time() if now is None else now
    for step in range(-ALLOWED_DRIFT_STEPS, ALLOWED_DRIFT_STEPS + 1):
        if totp.at(now + step * totp.interval) == submitted:
            return True
    return False


def approve_order(order: ProvisioningOrder, submitted_code: str) -> ApprovalResult:
    if order.total_amount <= Decimal(order.vessel.owner.approval_limit):
        return ApprovalResult(True, "below limit")
    auth = MasterAuthenticator.objects.filter(vessel=order.vessel, active=True).first()
    if auth is None:
        return ApprovalResult(False, "no authenticator enrolled")
    if not _code_matches(auth.totp_secret, submitted_code.strip()):
        return ApprovalResult(False, "code rejected")
    order.status = ProvisioningOrder.Status.RELEASED
    order.approved_by_master = True
    order.save(update_fields=["status", "approved_by_master"])
    return ApprovalResult(True)


@require_POST
def approve_order_view(request: HttpRequest, order_id: int) -> JsonResponse:
    order = ProvisioningOrder.objects.select_related("vessel__owner").get(
        pk=order_id, vessel__crew_users=request.user
    )
    result = approve_order(order, request.POST.get("code", ""))
    status = 200 if result.approved else 403
    return JsonResponse({"approved": result.approved, "reason": result.reason}, status=status)
