"""Listener web app: login, logout and the "continue listening" shelf."""
import logging

from django.conf import settings
from django.contrib.auth import authenticate
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from .models import ListenerSession, PlaybackPosition
from .forms import ListenerLoginForm

log = logging.getLogger(__name__)

SESSION_COOKIE = "pl_session"
SESSION_TTL = 60 * 60 * 24 * 30


@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    form = ListenerLoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(request, username=form.cleaned_data["email"], password=form.cleaned_data["password"])
        if user is not None:
            session = ListenerSession.objects.create_for(user, user_agent=request.META.get("HTTP_USER_AGENT", ""))
            response = redirect("library")
            response.set_cookie(
                SESSION_COOKIE,
                session.key,
                max_age=SESSION_TTL,
                domain=settings.LISTENER_COOKIE_DOMAIN,
                samesite="Lax",
            )
            log.info("listener %s logged in", user.pk)
            return response
        form.add_error(None, "Email or password is incorrect.")
    return render(request, "listener/login.html", {"form": form})


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    key = request.COOKIES.get(SESSION_COOKIE)
    if key:
        ListenerSession.objects.filter(key=key).delete()
    response = redirect("home")
    response.delete_cookie(SESSION_COOKIE, domain=settings.LISTENER_COOKIE_DOMAIN)
    return response


def continue_listening(request: HttpRequest) -> JsonResponse:
    session = ListenerSession.objects.active(request.COOKIES.get(SESSION_COOKIE))
    if session is None:
        return JsonResponse({"items": []})
    positions = (
        PlaybackPosition.objects.filter(listener=session.user, finished=False)
        .select_related("episode__show")
        .order_by("-updated_at")[:12]
    )
    return JsonResponse(
        {
            "items": [
                {"episode": p.episode_id, "show": p.episode.show.title, "title": p.episode.title, "position": p.seconds}
                for p in positions
            ]
        }
    )
