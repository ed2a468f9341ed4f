"""Session handling for the data-access committee review screens (Django).

Reviewers authenticate via the institution's SAML IdP; after the assertion
is consumed we issue our own opaque review-session token.
"""
import secrets
from datetime import timedelta

from django.conf import settings
from django.http import HttpRequest, HttpResponseRedirect
from django.utils import timezone

from .models import ReviewSession

SESSION_COOKIE = "dac_review_session"
SESSION_TTL = timedelta(hours=4)


def start_review_session(request: HttpRequest, reviewer) -> HttpResponseRedirect:
    token = secrets.token_urlsafe(32)
    ReviewSession.objects.create(
        reviewer=reviewer,
        token_hash=ReviewSession.hash_token(token),
        expires_at=timezone.now() + SESSION_TTL,
    )
    response = HttpResponseRedirect(settings.DAC_REVIEW_HOME)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(SESSION_TTL.total_seconds()),
        samesite="Lax",
    )
    return response


def end_review_session(request: HttpRequest) -> HttpResponseRedirect:
    token = request.COOKIES.get(SESSION_COOKIE)
    if token:
        ReviewSession.objects.filter(token_hash=ReviewSession.hash_token(token)).delete()
    response = HttpResponseRedirect(settings.LOGIN_URL)
    response.delete_cookie(SESSION_COOKIE)
    return response
