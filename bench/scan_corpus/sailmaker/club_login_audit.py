"""Sign-in view for the yacht club order portal, with an audit trail."""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods

audit = logging.getLogger("loft.audit.portal")


def client_ip(request: HttpRequest) -> str:
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "")


@csrf_protect
@require_http_methods(["GET", "POST"])
def portal_login(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "portal/login.html")

    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    club = request.POST.get("club", "")
    user = authenticate(request, username=username, password=password)
    if user is None:
        audit.warning(
            "portal sign-in failed user=%s club=%s ip=%s",
            username, club, client_ip(request),
        )
        return render(request, "portal/login.html", {"error": "Wrong username or password"},
                      status=401)

    login(request, user)
    audit.info("portal sign-in ok user=%s club=%s ip=%s", username, club, client_ip(request))
    return redirect("portal:orders")


def portal_logout(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        audit.info("portal sign-out user=%s ip=%s", request.user.get_username(), client_ip(request))
    from django.contrib.auth import logout

    logout(request)
    return redirect("portal:login")
