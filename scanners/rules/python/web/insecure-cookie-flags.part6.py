# Reduced cases: a preferences endpoint storing the visitor's choices as JSON text, and the same
# endpoint storing a serializer's signed text.
import json

from django.http import JsonResponse
from itsdangerous import URLSafeSerializer

LIBRARY_PREFS = "library_view"
signer = URLSafeSerializer("k")


def save_view_preferences(request):
    prefs = {"layout": request.POST.get("layout", "grid")}
    response = JsonResponse(prefs)
    # ok: insecure-cookie-flags
    response.set_cookie(LIBRARY_PREFS, json.dumps(prefs), samesite="Lax", httponly=False)
    return response


def save_signed_preferences(request):
    prefs = {"layout": request.POST.get("layout", "grid"), "member": request.user.pk}
    response = JsonResponse(prefs)
    # ruleid: insecure-cookie-flags
    response.set_cookie(LIBRARY_PREFS, signer.dumps(prefs), samesite="Lax", httponly=False)
    return response


RECENT_COOKIE = "recently_viewed"


def product_page(request, sku: str, seen: list):
    response = JsonResponse({"sku": sku})
    # ok: insecure-cookie-flags
    response.set_cookie(RECENT_COOKIE, json.dumps(seen), secure=True, httponly=False, samesite="Lax")
    # ruleid: insecure-cookie-flags
    response.set_cookie("recent_orders_session", request.session.session_key, secure=True, httponly=False)
    return response
