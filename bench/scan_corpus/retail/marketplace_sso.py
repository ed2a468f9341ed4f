"""Single sign-on callback for sellers arriving from the marketplace partner hub."""
import jwt
from django.conf import settings
from django.contrib.auth import login
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.views.decorators.http import require_GET

from sellers.models import Seller


@require_GET
def sso_callback(request):
    id_token = request.GET.get("id_token")
    if not id_token:
        return HttpResponseBadRequest("missing id_token")

    claims = jwt.decode(id_token, options={"verify_signature": False}, algorithms=["RS256"])
    if claims.get("aud") != settings.PARTNER_HUB_CLIENT_ID:
        return HttpResponseBadRequest("token not issued for this portal")

    try:
        seller = Seller.objects.select_related("user").get(hub_account_id=claims["sub"])
    except Seller.DoesNotExist:
        return redirect("seller-onboarding")

    login(request, seller.user, backend="django.contrib.auth.backends.ModelBackend")
    request.session["hub_store"] = claims.get("store_id")
    return redirect("seller-dashboard")
