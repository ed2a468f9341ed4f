"""Borrower-facing rate lock confirmation views (Django)."""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_POST

from .models import Loan, RateLock
from .services import issue_lock_session_token, request_lock

LOCK_SESSION_COOKIE = "lock_session"
LOCK_SESSION_MAX_AGE = 15 * 60


@login_required
def lock_options(request: HttpRequest, loan_number: str) -> HttpResponse:
    loan = get_object_or_404(Loan, loan_number=loan_number, borrowers__user=request.user)
    return render(request, "locks/options.html", {"loan": loan, "options": loan.current_lock_options()})


@login_required
@require_POST
def confirm_lock(request: HttpRequest, loan_number: str) -> HttpResponse:
    loan = get_object_or_404(Loan, loan_number=loan_number, borrowers__user=request.user)
    lock: RateLock = request_lock(loan, option_id=request.POST["option_id"], requested_by=request.user)

    response = render(request, "locks/confirmed.html", {"loan": loan, "lock": lock})
    token = issue_lock_session_token(loan=loan, user=request.user)
    response.set_cookie(
        LOCK_SESSION_COOKIE,
        token,
        max_age=LOCK_SESSION_MAX_AGE,
        httponly=True,
        samesite="Lax",
    )
    return response
