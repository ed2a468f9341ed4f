"""Login view for the restaurant ordering portal."""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from accounts.forms import PortalLoginForm
from accounts.models import RestaurantMembership

log = logging.getLogger("portal.auth")

MAX_FAILED_LOGINS = 8


def _client_ip(request: HttpRequest) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "")


@require_http_methods(["GET", "POST"])
def portal_login(request: HttpRequest) -> HttpResponse:
    form = PortalLoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"].lower()
        user = authenticate(request, username=email, password=form.cleaned_data["password"])
        if user is None:
            failures = request.session.get("failed_logins", 0) + 1
            request.session["failed_logins"] = failures
            submitted = request.POST.dict()
            log.warning("portal login failed from %s (attempt %d): %s", _client_ip(request), failures, submitted)
            if failures >= MAX_FAILED_LOGINS:
                return render(request, "portal/locked.html", status=429)
            form.add_error(None, "Email or password is incorrect.")
        else:
            login(request, user)
            request.session.pop("failed_logins", None)
            membership = RestaurantMembership.objects.filter(user=user).select_related("restaurant").first()
            if membership is None:
                log.info("user %s has no restaurant yet", email)
                return redirect("portal:pending")
            request.session["restaurant_id"] = membership.restaurant_id
            log.info("user %s signed in for %s", email, membership.restaurant.name)
            return redirect("portal:reorder")
    return render(request, "portal/login.html", {"form": form})
