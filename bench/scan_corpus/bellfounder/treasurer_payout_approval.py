"""Two-step approval of society fund payouts (bell restoration grants) by the treasurer."""

import time
from decimal import Decimal

import pyotp

from bellfounder.society.models import Payout, TreasurerDevice


class PayoutApprover:
    step_seconds = 30
    drift_steps = (-1, 0, 1)

    def __init__(self, device: TreasurerDevice):
        self.device = device
        self.totp = pyotp.TOTP(device.otp_secret, interval=self.step_seconds)

    def _code_matches(self, code: str) -> bool:
        now = time.time()
        for drift in self.drift_steps:
            candidate = self.totp.at(now + drift * self.step_seconds)
            if code == candidate:
                return True
        return False

    def approve(self, payout: Payout, code: str) -> bool:
        if payout.status != "pending":
            raise ValueError(f"Payout {payout.id} is already {payout.status}")
        if not self._code_matches(code.strip()):
            self.device.failed_attempts += 1
            self.device.save()
            return False
        payout.status = "approved"
        payout.approved_by = self.device.treasurer
        payout.save()
        return True


def approve_grant(payout_id: int, device_id: int, code: str) -> bool:
    payout = Payout.objects.get(pk=payout_id)
    if payout.amount > Decimal("5000.00") and not payout.committee_minute:
        raise ValueError("Grants above 5000 need a committee minute reference")
    device = TreasurerDevice.objects.get(pk=device_id, active=True)
    return PayoutApprover(device).approve(payout, code)
