"""Crew roster preference views: remembers a volunteer's chosen station and view."""
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .models import Station

PREF_COOKIE = "roster_station"
PREF_MAX_AGE = 60 * 60 * 24 * 90


@login_required
def roster_home(request):
    code = request.COOKIES.get(PREF_COOKIE)
    station = Station.objects.filter(code=code).first() if code else None
    station = station or request.user.crew_profile.home_station
    shifts = station.shifts.upcoming().select_related("crew_member")
    return render(request, "roster/home.html", {"station": station, "shifts": shifts})


@login_required
@require_http_methods(["POST"])
def choose_station(request):
    station = Station.objects.filter(code=request.POST.get("station")).first()
    response = redirect("roster_home")
    if station is not None:
        response.set_cookie(
            PREF_COOKIE,
            station.code,
            max_age=PREF_MAX_AGE,
            secure=True,
            httponly=True,
            samesite="Lax",
            domain=getattr(settings, "ROSTER_COOKIE_DOMAIN", None),
        )
    return response
