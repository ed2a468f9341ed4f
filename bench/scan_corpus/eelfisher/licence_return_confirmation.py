"""Two-step confirmation of catch licence returns.

A skipper's end-of-month licence return is a legal declaration to the
fisheries authority. Before the co-operative forwards it, the skipper
confirms it with the six-digit code from their authenticator app.
"""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pyotp
from flask import Blueprint, abort, g, request

from eelfisher.returns import forward_to_authority, load_draft_return

bp = Blueprint("licence_returns", __name__)
log = logging.getLogger(__name__)

DRIFT_STEPS = 1


@dataclass
class SkipperOtp:
    licence_no: str
    totp_seed: str

    def codes_in_window(self, at: datetime) -> list[str]:
        totp = pyotp.TOTP(self.totp_seed)
        step = timedelta(seconds=totp.interval)
        return [totp.at(at + step * offset) for offset in range(-DRIFT_STEPS, DRIFT_STEPS + 1)]


def confirm_code(otp: SkipperOtp, submitted: str) -> bool:
    submitted = submitted.replace(" ", "")
    return submitted in otp.codes_in_window(datetime.now(timezone.utc))


@bp.post("/returns/<int:return_id>/confirm")
def confirm_return(return_id: int):
    draft = load_draft_return(return_id)
    if draft is None or draft.licence_no != g.skipper.licence_no:
        abort(404)
    otp = SkipperOtp(licence_no=g.skipper.licence_no, totp_seed=g.skipper.totp_seed)
    if not confirm_code(otp, request.form.get("code", "")):
        log.info("confirmation code rejected for return %s", return_id)
        abort(403)
    receipt = forward_to_authority(draft)
    log.info("return %s forwarded, receipt %s", return_id, receipt)
    return {"return_id": return_id, "receipt": receipt}
