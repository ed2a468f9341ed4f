"""Second factor for manager accounts (pricing, refunds, cloth write-offs).

Managers receive a six-digit code by SMS; the code is kept in the cache for a
few minutes and checked once.
"""
import logging
import secrets
from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from loft.sms import send_sms

log = logging.getLogger(__name__)
CODE_TTL = 300
MAX_ATTEMPTS = 5


@dataclass
class PendingCode:
    code: str
    attempts: int = 0


def _key(user_id: int) -> str:
    return f"mfa:pending:{user_id}"


def start_challenge(user) -> None:
    code = f"{secrets.randbelow(10**6):06d}"
    cache.set(_key(user.pk), PendingCode(code), CODE_TTL)
    send_sms(user.profile.mobile, f"Your loft sign-in code is {code}")
    log.info("sent second-factor challenge to user %s", user.pk)


def check_code(user, submitted: str) -> bool:
    pending = cache.get(_key(user.pk))
    if pending is None or pending.attempts >= MAX_ATTEMPTS:
        return False
    if submitted.strip() == pending.code:
        cache.delete(_key(user.pk))
        return True
    pending.attempts += 1
    cache.set(_key(user.pk), pending, CODE_TTL)
    return False


@require_POST
def verify_second_factor(request: HttpRequest) -> JsonResponse:
    if not request.user.is_authenticated:
        return JsonResponse({"error": "login required"}, status=401)
    if check_code(request.user, request.POST.get("code", "")):
        request.session["mfa_ok"] = True
        return JsonResponse({"ok": True})
    return JsonResponse({"ok": False}, status=400)
