"""Annual pass renewal flow (Django views)."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from passes.forms import RenewalForm
from passes.models import AnnualPass
from passes.payments import start_checkout

RENEWAL_TTL = timedelta(minutes=30)


@require_http_methods(["GET", "POST"])
def start_renewal(request, pass_number: str):
    annual_pass = get_object_or_404(AnnualPass, number=pass_number, holder__user=request.user)
    form = RenewalForm(request.POST or None, instance=annual_pass)
    if request.method == "POST" and form.is_valid():
        renewal_token = secrets.token_urlsafe(32)
        cache.set(
            f"renewal:{renewal_token}",
            {"pass_id": annual_pass.pk, "tier": form.cleaned_data["tier"]},
            timeout=int(RENEWAL_TTL.total_seconds()),
        )
        checkout_url = start_checkout(annual_pass, form.cleaned_data["tier"], renewal_token)
        response = redirect(checkout_url)
        response.set_cookie(
            "pass_renewal",
            renewal_token,
            max_age=int(RENEWAL_TTL.total_seconds()),
            domain=settings.SESSION_COOKIE_DOMAIN,
        )
        return response
    return render(request, "passes/renew.html", {"form": form, "annual_pass": annual_pass})


def renewal_complete(request):
    token = request.COOKIES.get("pass_renewal")
    state = cache.get(f"renewal:{token}") if token else None
    if state is None:
        return render(request, "passes/renewal_expired.html", status=410)
    annual_pass = AnnualPass.objects.get(pk=state["pass_id"])
    response = render(request, "passes/renewal_done.html", {"annual_pass": annual_pass})
    response.delete_cookie("pass_renewal", domain=settings.SESSION_COOKIE_DOMAIN)
    cache.delete(f"renewal:{token}")
    return response
