"""Remember which depot a visitor browses stock from on the public hire site."""
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from depots.models import Depot

DEPOT_COOKIE = "preferred_depot"
DEPOT_COOKIE_AGE = 180 * 24 * 3600


def current_depot(request: HttpRequest) -> Depot | None:
    code = request.COOKIES.get(DEPOT_COOKIE)
    if not code:
        return None
    return Depot.objects.filter(code=code, public=True).first()


def depot_picker(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "depots/picker.html",
        {"depots": Depot.objects.filter(public=True).order_by("name"), "current": current_depot(request)},
    )


@require_POST
def choose_depot(request: HttpRequest) -> HttpResponse:
    depot = Depot.objects.filter(code=request.POST.get("code", ""), public=True).first()
    if depot is None:
        return HttpResponseBadRequest("Unknown depot")
    response = redirect("catalogue:index")
    response.set_cookie(
        DEPOT_COOKIE, depot.code, max_age=DEPOT_COOKIE_AGE, secure=True, samesite="Lax"
    )
    return response
