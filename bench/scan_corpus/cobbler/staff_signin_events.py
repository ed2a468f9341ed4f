"""Sign-in handling for the staff rota app with an attempt log.

The log is shipped to the central log store and used to lock accounts
after repeated failures.
"""
import logging

from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from cobbler.staff.lockout import register_failure, reset_failures

logger = logging.getLogger("cobbler.rota.signin")

HIDDEN_FIELDS = {"password", "csrfmiddlewaretoken", "otp"}


def loggable_fields(post) -> dict:
    return {key: value for key, value in post.items() if key not in HIDDEN_FIELDS}


@require_POST
def rota_signin(request):
    username = request.POST.get("username", "")
    user = authenticate(request, username=username, password=request.POST.get("password", ""))
    fields = loggable_fields(request.POST)
    if user is None:
        failures = register_failure(username)
        logger.warning("rota sign-in failed fields=%s failures=%d", fields, failures)
        return JsonResponse({"error": "invalid credentials"}, status=401)
    reset_failures(username)
    login(request, user)
    logger.info("rota sign-in ok user=%s store=%s", user.username, user.store_code)
    return JsonResponse({"ok": True, "store": user.store_code})
