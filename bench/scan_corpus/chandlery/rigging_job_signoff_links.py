"""Signed approval links for rigging quotes.

After a rigger surveys standing rigging the boat owner receives a link to
approve the quote. The link carries the job id, the quoted amount and an
expiry, signed so it cannot be altered.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass
from urllib.parse import urlencode


@dataclass(frozen=True)
class QuoteApproval:
    job_id: int
    amount_minor: int
    expires: int


class SignoffLinkSigner:
    def __init__(self, key: bytes, base_url: str, ttl_seconds: int = 7 * 24 * 3600) -> None:
        self._key = key
        self._base_url = base_url.rstrip("/")
        self._ttl = ttl_seconds

    @staticmethod
    def _message(job_id: int, amount_minor: int, expires: int) -> bytes:
        return f"{job_id}:{amount_minor}:{expires}".encode("ascii")

    def _sign(self, job_id: int, amount_minor: int, expires: int) -> str:
        mac = hmac.new(self._key, self._message(job_id, amount_minor, expires), hashlib.sha256)
        return base64.urlsafe_b64encode(mac.digest()).decode("ascii").rstrip("=")

    def link_for(self, job_id: int, amount_minor: int) -> str:
        expires = int(time.time()) + self._ttl
        query = urlencode(
            {
                "job": job_id,
                "amount": amount_minor,
                "exp": expires,
                "sig": self._sign(job_id, amount_minor, expires),
            }
        )
        return f"{self._base_url}/rigging/approve?{query}"

    def verify(self, params: dict[str, str]) -> QuoteApproval | None:
        try:
            job_id = int(params["job"])
            amount = int(params["amount"])
            expires = int(params["exp"])
            sig = params["sig"]
        except (KeyError, ValueError):
            return None
        if expires < time.time():
            return None
        if sig != self._sign(job_id, amount, expires):
            return None
        return QuoteApproval(job_id, amount, expires)


def approve_from_request(signer: SignoffLinkSigner, jobs, args: dict[str, str]) -> bool:
    approval = signer.verify(args)
    if approval is None:
        return False
    job = jobs.get(approval.job_id)
    if job is None or job.quote_minor != approval.amount_minor:
        return False
    jobs.mark_approved(approval.job_id)
    return True
