"""Django views for temporary visitor parking passes."""
import secrets

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from .models import VisitorPass

PASS_COOKIE = "vp_claim"
PASS_COOKIE_AGE = 60 * 60 * 24


@login_required
@require_POST
def issue_pass(request: HttpRequest) -> HttpResponse:
    plate = request.POST["plate"].strip().upper()
    vp = VisitorPass.objects.create(
        host=request.user,
        plate=plate,
        claim_code=secrets.token_urlsafe(16),
    )
    response = redirect("visitor-pass-detail", pk=vp.pk)
    response.set_cookie(
        PASS_COOKIE,
        vp.claim_code,
        max_age=PASS_COOKIE_AGE,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return response


@login_required
def pass_detail(request: HttpRequest, pk: int) -> HttpResponse:
    vp = get_object_or_404(VisitorPass, pk=pk, host=request.user)
    return render(request, "visitors/pass_detail.html", {"visitor_pass": vp})
